package cn.gov.zj.jxt.green.interfaces.shared.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Answers a public page that the cache holds current before the servlet container takes the request up: no
 * authentication mechanism, no CDI request context, no filter chain — the work a hit needs is a version read, a map
 * lookup and a write. Everything else — a miss, a request with a session, credentials or another method, any
 * address that is not public — goes on to the container unchanged, where {@link PublicPageCache} renders and stores.
 * The rules (what is public, the key, revalidation) are {@link PublicPages}', shared with the filter.
 */
final class PublicPageHandler implements HttpHandler {

    private static final HttpString VARY = HttpString.tryFromString("Vary");

    private final HttpHandler next;
    private final ServletContext context;
    private final String sessionCookie;

    PublicPageHandler(HttpHandler next, ServletContext context) {
        this.next = next;
        this.context = context;
        String configured = context.getSessionCookieConfig().getName();
        this.sessionCookie = configured == null ? "JSESSIONID" : configured;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        PublicPages pages = (PublicPages) context.getAttribute(PublicPages.ATTRIBUTE);
        String path = path(exchange);
        if (pages == null || path == null || !anonymousPublicRead(exchange, path)) {
            next.handleRequest(exchange);
            return;
        }
        if (exchange.isInIoThread()) {
            // The version is read from the database: not on an I/O thread.
            exchange.dispatch(this);
            return;
        }
        RenderedPage page = pages.current(key(exchange, path));
        if (page == null) {
            next.handleRequest(exchange);
            return;
        }
        send(exchange, pages, page);
    }

    /**
     * The address as the filter sees it, {@code getRequestURI()} without the context path: not decoded, so that a
     * page asked for with %-escapes has one key in both. {@code null} for an absolute-form request target.
     */
    private static String path(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        String context = exchange.getResolvedPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : null;
    }

    private boolean anonymousPublicRead(HttpServerExchange exchange, String path) {
        HeaderMap headers = exchange.getRequestHeaders();
        return (exchange.getRequestMethod().equals(Methods.GET) || exchange.getRequestMethod().equals(Methods.HEAD))
                && !headers.contains(Headers.AUTHORIZATION)
                && exchange.getRequestCookie(sessionCookie) == null
                && !exchange.getPathParameters().containsKey("jsessionid")
                && PublicPages.publicAddress(path);
    }

    private static String key(HttpServerExchange exchange, String path) {
        Deque<String> parameter = exchange.getQueryParameters().get(PublicPages.LANGUAGE);
        Cookie cookie = exchange.getRequestCookie(PublicPages.LANGUAGE);
        String language = PublicPages.language(parameter == null ? null : parameter.peekFirst(),
                cookie == null ? null : cookie.getValue());
        HeaderMap headers = exchange.getRequestHeaders();
        return PublicPages.key(path, exchange.getQueryString(), language,
                headers.getFirst(Headers.ACCEPT), headers.getFirst(Headers.ACCEPT_LANGUAGE));
    }

    private static void send(HttpServerExchange exchange, PublicPages pages, RenderedPage page) {
        HeaderMap response = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
            response.putAll(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        response.put(Headers.ETAG, page.etag());
        response.put(Headers.LAST_MODIFIED, PublicPages.httpDate(page));
        response.put(Headers.CACHE_CONTROL, PublicPages.CACHE_CONTROL);
        response.put(VARY, page.headers().get("Vary").get(0));
        String hsts = pages.strictTransportSecurity("https".equals(exchange.getRequestScheme()));
        if (hsts != null) {
            response.put(Headers.STRICT_TRANSPORT_SECURITY, hsts);
        }
        HeaderMap request = exchange.getRequestHeaders();
        if (PublicPages.notModified(request.getFirst(Headers.IF_NONE_MATCH), request.getFirst(Headers.IF_MODIFIED_SINCE),
                page)) {
            response.remove(Headers.CONTENT_TYPE);
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        exchange.setStatusCode(StatusCodes.OK);
        response.put(Headers.CONTENT_LENGTH, page.body().length);
        if (exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(page.body()));
        }
    }
}
