package cn.gov.zj.jxt.green.testing;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests that reach the Faces servlet, by path: a page written without a Faces view (the registry's
 * for anonymous readers) is not counted. Filters mapped by servlet name run after those mapped by address, just
 * before the servlet. Added to a test deployment, it sees every request for a view.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class FacesRenderCount extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        COUNTS.computeIfAbsent(request.getRequestURI(), k -> new AtomicInteger()).incrementAndGet();
        chain.doFilter(request, response);
    }

    /** How many requests for {@code path} the Faces servlet has taken up so far. */
    public static int of(String path) {
        AtomicInteger count = COUNTS.get(path);
        return count == null ? 0 : count.get();
    }
}
