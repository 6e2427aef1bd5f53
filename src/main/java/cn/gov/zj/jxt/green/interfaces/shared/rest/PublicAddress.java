package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * Absolute links of the API (a record's own address, its page, a Location header) start with the portal's public
 * address (PORTAL_PUBLIC_URL), never with the request's Host header, which any client chooses.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    PortalSettings settings;

    /** The API's root: {@code <public address>/api}. */
    public UriBuilder api() {
        return UriBuilder.fromUri(settings.publicUrl()).path("api");
    }

    /** A page of the site, e.g. {@code notice.xhtml}. */
    public UriBuilder page(String path) {
        return UriBuilder.fromUri(settings.publicUrl()).path(path);
    }
}
