package cn.gov.zj.jxt.green.testing;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests the servlet container takes up, by address with its query: a request answered in front of the
 * container (the public page handler's hits) is not counted. Added to a test deployment, it listens to every request.
 */
@WebListener
public class ServletRequestCount implements ServletRequestListener {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            COUNTS.computeIfAbsent(address(request.getRequestURI(), request.getQueryString()),
                    k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** How many requests for {@code uri} (with {@code query}, or none) the container has taken up so far. */
    public static int of(String uri, String query) {
        AtomicInteger count = COUNTS.get(address(uri, query));
        return count == null ? 0 : count.get();
    }

    private static String address(String uri, String query) {
        return query == null ? uri : uri + "?" + query;
    }
}
