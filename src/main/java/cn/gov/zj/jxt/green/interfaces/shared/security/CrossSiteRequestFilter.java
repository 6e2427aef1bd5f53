package cn.gov.zj.jxt.green.interfaces.shared.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * Cross-site request forgery defence of the API (docs/architecture.md, "Security"). A browser attaches the session cookie (and
 * HTTP Basic credentials it once prompted for) to any request to the portal, whichever site's page sends it;
 * SameSite=Lax does not stop a top-level form post. So a write ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) under {@code /api} by a signed-in caller must come from the portal's own pages:
 * <ul>
 * <li>the request's {@code Origin} (or, without one, its {@code Referer}) is the portal's public address
 * (PORTAL_PUBLIC_URL) or the address the request itself was sent to — a browser names the page's site in
 * {@code Origin}, which a page of another site cannot change;</li>
 * <li>or, with neither header, the request carries {@code X-Requested-With}, a header a page of another site
 * cannot add without the server's consent (a CORS preflight, which the portal never grants).</li>
 * </ul>
 * Programs calling with HTTP Basic send no {@code Origin} and are unaffected; a Basic call that names another
 * site in {@code Origin} came from a browser and is refused like a cookie's. Anonymous writes (the public
 * objection and report forms) carry no one's authority and are not checked here. A refusal answers 403 with the
 * API's JSON body and is audited under the caller's name, so it cannot be used to grow the log anonymously.
 * JSF forms are protected by their view state, not by this filter.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String TOKEN_HEADER = "X-Requested-With";
    static final String REFUSAL_KEY = "error.crossSiteRefused";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    transient PortalSettings settings;

    @Inject
    transient AuditService audit;

    @Inject
    transient CurrentActor currentActor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || request.getUserPrincipal() == null || sameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        String source = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        audit.event(currentActor.get(), AuditService.ACCESS_DENIED, null, null, "cross-site "
                + request.getMethod() + " " + ApiRefusal.clip(request.getRequestURI()) + " from "
                + ApiRefusal.clip(source));
        ApiRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, REFUSAL_KEY);
    }

    private boolean sameSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer != null) {
                origin = originOf(referer);
            }
        }
        if (origin == null) {
            // No source named: a program (HTTP Basic) or a script of the portal's own that says so.
            boolean byHeader = request.getHeader("Authorization") != null;
            String token = request.getHeader(TOKEN_HEADER);
            return byHeader || (token != null && !token.isBlank());
        }
        String normalized = originOf(origin);
        return normalized != null && (normalized.equals(originOf(settings.publicUrl()))
                || normalized.equals(ownOrigin(request)));
    }

    /** The address this request was sent to, as the browser saw it: scheme, host and port. */
    private static String ownOrigin(HttpServletRequest request) {
        return originOf(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** {@code scheme://host[:port]} in lower case without the scheme's default port, or null if not an address. */
    static String originOf(String address) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
