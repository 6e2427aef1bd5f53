package cn.gov.zj.jxt.green.infrastructure.security;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * The browser-side protections on every response: pages, Faces resources, static files, the API, feeds and
 * downloads (mapped first in web.xml, so that no other filter answers before it). A resource that sends a stricter
 * value of its own (a download's sandboxing policy) replaces the default rather than adding a second header.
 * docs/architecture.md explains the Content-Security-Policy and what PrimeFaces forces in it.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Scripts and styles only from the portal itself. PrimeFaces renders each widget's start-up as an inline
     * script and its behaviours as inline event handlers (onclick="PrimeFaces.ab(…)"), and Mojarra's command
     * links likewise: nonces cannot cover event handlers, so scripts need 'unsafe-inline'. Components set inline
     * style attributes, hence 'unsafe-inline' for styles; the themes embed small images as data: URIs.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                    + "accelerometer=(), gyroscope=(), magnetometer=()");

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        long hstsMaxAge = settings.hstsMaxAge();
        if (request.isSecure() && hstsMaxAge > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge);
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (HEADERS.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                    setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
