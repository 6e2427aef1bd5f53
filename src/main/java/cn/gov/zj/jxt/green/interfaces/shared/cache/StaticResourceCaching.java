package cn.gov.zj.jxt.green.interfaces.shared.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
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
        String query = request.getQueryString();
        if (path.startsWith("/jakarta.faces.resource/") && query != null
                && (query.startsWith("v=") || query.contains("&v="))) {
            chain.doFilter(request, new Lifetime(response, IMMUTABLE));
        } else if (path.startsWith("/favicon.")) {
            chain.doFilter(request, new Lifetime(response, FAVICON));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Sets its own lifetime and keeps the resource handler's (Faces' week) from replacing it. */
    private static final class Lifetime extends HttpServletResponseWrapper {

        Lifetime(HttpServletResponse response, String cacheControl) {
            super(response);
            response.setHeader("Cache-Control", cacheControl);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean ours(String name) {
            return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Expires");
        }
    }
}
