package cn.gov.zj.jxt.green.interfaces.shared.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers keep static resources: a resource under a versioned address ({@code v=}, which PrimeFaces adds to
 * its own and {@link VersionedResources} to the portal's) never changes, so it is kept a year without asking again;
 * the favicon, whose address has no version, a day.
 */
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String FAVICON = "public, max-age=86400";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            String query = request.getQueryString();
            if (query != null && (query.startsWith("v=") || query.contains("&v="))) {
                response.setHeader("Cache-Control", IMMUTABLE);
            }
        } else if (path.startsWith("/favicon.")) {
            response.setHeader("Cache-Control", FAVICON);
        }
        chain.doFilter(request, response);
    }
}
