package cn.gov.zj.jxt.green.interfaces.shared.cache;

import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PublicContent;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves public pages, open data and feeds from the bytes they were last rendered as, while nothing they show has
 * changed: each request reads the public content version (one row, by key) before anything is rendered, and an
 * entry rendered at another version or on another official day is rendered again. Entries are kept per address,
 * language and, for the API, the Accept and Accept-Language headers it negotiates on. Every answer carries a
 * strong ETag and Last-Modified and asks the browser to revalidate each time, which a 304 answers.
 *
 * <p>Only anonymous GET and HEAD requests of public addresses are served or stored, and only 200 responses that set
 * no cookie and opened no session: a reader with a session, credentials or a signed-in identity always gets a page
 * of his own. Most hits never reach this filter: {@link PublicPageHandler} answers them in front of the servlet
 * container from the same store; this filter renders and stores what it does not hold.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CACHE_CONTROL = PublicPages.CACHE_CONTROL;
    /** A larger response goes out as it is rendered and is not stored. */
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /** Headers of the stored response that are not replayed: they belong to one exchange or are set here. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "connection", "etag", "last-modified", "cache-control", "expires", "pragma",
            "strict-transport-security");

    /** How long a render waits for its turn before the answer is 503, to be asked again. */
    private static final long RENDER_PATIENCE_MILLIS = 20_000;
    private static final int RETRY_AFTER_SECONDS = 5;

    private transient PublicPages pages;
    private transient RenderLimit limit;

    @Inject
    transient PublicContent publicContent;

    @Inject
    transient PortalClock clock;

    @Inject
    transient PortalSettings settings;

    private boolean enter() throws ServletException {
        try {
            return limit.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting to render", e);
        }
    }

    @Override
    public void init() {
        limit = new RenderLimit(settings.renderConcurrency(), RENDER_PATIENCE_MILLIS);
        pages = new PublicPages(publicContent::current, clock::today, settings.hstsMaxAge());
        getServletContext().setAttribute(PublicPages.ATTRIBUTE, pages);
    }

    @Override
    public void destroy() {
        getServletContext().removeAttribute(PublicPages.ATTRIBUTE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!cacheable(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        // Read before rendering: a change committed meanwhile makes the entry older, never newer, than it is.
        PublicContent.Version version = pages.version();
        LocalDate today = pages.today();
        String key = key(request, path);
        RenderedPage page = pages.current(key, version.number(), today);
        if (page != null) {
            send(request, response, page);
            return;
        }
        if (request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response, MAX_BODY);
        // An export streams for as long as its rows take, and waits on no one's turn.
        boolean limited = request.getParameter("format") == null;
        if (limited && !enter()) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, capture);
        } finally {
            if (limited) {
                limit.leave();
            }
        }
        if (!storable(request, response, capture)) {
            capture.release();
            return;
        }
        byte[] body = capture.body();
        page = new RenderedPage(version.number(), today, body, replayedHeaders(response, path),
                "\"" + version.number() + "-" + digest(body) + "\"", lastModified(version, today));
        pages.store(key, page);
        send(request, response, page);
    }

    private static boolean cacheable(HttpServletRequest request, String path) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD"))
                && PublicPages.publicAddress(path)
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() == null
                && request.getUserPrincipal() == null;
    }

    private static boolean storable(HttpServletRequest request, HttpServletResponse response,
            CapturingResponse capture) {
        String cacheControl = response.getHeader("Cache-Control");
        return response.getStatus() == HttpServletResponse.SC_OK
                && capture.captured()
                && !capture.cookieSet()
                && response.getHeaders("Set-Cookie").isEmpty()
                && request.getSession(false) == null
                && request.getUserPrincipal() == null
                && (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
    }

    static String key(HttpServletRequest request, String path) {
        return PublicPages.key(path, request.getQueryString(), language(request), request.getHeader("Accept"),
                request.getHeader("Accept-Language"));
    }

    static String language(HttpServletRequest request) {
        String cookie = null;
        if (request.getCookies() != null) {
            for (Cookie each : request.getCookies()) {
                if (each.getName().equals(PublicPages.LANGUAGE)) {
                    cookie = each.getValue();
                }
            }
        }
        return PublicPages.language(request.getParameter(PublicPages.LANGUAGE), cookie);
    }

    private static Map<String, List<String>> replayedHeaders(HttpServletResponse response, String path) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        // What the answer varies with besides its address, for shared caches: the language cookie of the pages,
        // the negotiation of the API.
        headers.put("Vary", List.of(PublicPages.page(path) ? "Cookie" : "Accept, Accept-Language"));
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("Vary")) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        return headers;
    }

    /**
     * When what the page shows last changed: the version's change, or the start of the official day if later, as a
     * page may show what is open or due today. Never later than now.
     */
    private Instant lastModified(PublicContent.Version version, LocalDate today) {
        Instant dayStart = today.atStartOfDay(PortalClock.ZONE).toInstant();
        Instant changed = version.changedAt().isAfter(dayStart) ? version.changedAt() : dayStart;
        Instant now = Instant.now();
        return (changed.isAfter(now) ? now : changed).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", PublicPages.httpDate(page));
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", page.headers().get("Vary").get(0));
        if (PublicPages.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"),
                page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
            List<String> values = header.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    response.setHeader(header.getKey(), values.get(i));
                } else {
                    response.addHeader(header.getKey(), values.get(i));
                }
            }
        }
        response.setContentLength(page.body().length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(page.body());
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
