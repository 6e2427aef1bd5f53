package cn.gov.zj.jxt.green.interfaces.shared.cache;

import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PublicContent;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
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
 * of his own.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Public pages; the receipt and objection pages are one reader's and are never stored. */
    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/notices.xhtml", "/notice.xhtml",
            "/lists.xhtml", "/open-data.xhtml", "/publicity.xhtml", "/publicity/view.xhtml", "/units.xhtml",
            "/units/view.xhtml", "/reports/institutions.xhtml", "/park-targets.xhtml",
            "/transformation-plans.xhtml");
    /** Open data and feeds, by prefix; files (.pdf, .docx, annexes) are served from storage and not stored. */
    private static final List<String> DATA = List.of("/api/notices", "/api/units", "/api/publicity",
            "/api/regions", "/api/removal-announcements", "/api/batches", "/api/park-targets",
            "/api/transformation-plans", "/feeds/");
    private static final String LANGUAGE = "lang";
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /** A larger response goes out as it is rendered and is not stored. */
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /** Headers of the stored response that are not replayed: they belong to one exchange or are set here. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length",
            "transfer-encoding", "connection", "etag", "last-modified", "cache-control", "expires", "pragma");

    private final RenderedPages pages = new RenderedPages(5_000, 64L * 1024 * 1024);

    @Inject
    transient PublicContent publicContent;

    @Inject
    transient PortalClock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!cacheable(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        // Read before rendering: a change committed meanwhile makes the entry older, never newer, than it is.
        PublicContent.Version version = publicContent.current();
        LocalDate today = clock.today();
        String key = key(request, path);
        RenderedPage page = pages.get(key);
        if (page != null && page.current(version.number(), today)) {
            send(request, response, page);
            return;
        }
        if (request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response, MAX_BODY);
        chain.doFilter(request, capture);
        if (!storable(request, response, capture)) {
            capture.release();
            return;
        }
        byte[] body = capture.body();
        page = new RenderedPage(version.number(), today, body, replayedHeaders(response, path),
                "\"" + version.number() + "-" + digest(body) + "\"", lastModified(version, today));
        pages.put(key, page);
        send(request, response, page);
    }

    private static boolean cacheable(HttpServletRequest request, String path) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD"))
                && publicAddress(path)
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() == null
                && request.getUserPrincipal() == null;
    }

    static boolean publicAddress(String path) {
        if (PAGES.contains(path)) {
            return true;
        }
        if (path.endsWith(".pdf") || path.endsWith(".docx") || path.contains("/annexes/")
                || path.contains("/receipts/") || path.contains("/evidence")) {
            return false;
        }
        for (String prefix : DATA) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
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

    /**
     * The address with its query, the language and what the API negotiates on. Not the host: absolute links come
     * from the configured public address, and a key per Host header sent would let anyone crowd the cache out.
     */
    static String key(HttpServletRequest request, String path) {
        StringBuilder key = new StringBuilder(128).append(path);
        if (request.getQueryString() != null) {
            key.append('?').append(request.getQueryString());
        }
        key.append('|').append(language(request));
        if (!page(path)) {
            key.append('|').append(request.getHeader("Accept")).append('|').append(request.getHeader("Accept-Language"));
        }
        return key.toString();
    }

    private static boolean page(String path) {
        return path.endsWith(".xhtml") || path.equals("/");
    }

    /** The reader's language as the pages take it: the lang parameter, else the lang cookie, else Chinese. */
    static String language(HttpServletRequest request) {
        String chosen = request.getParameter(LANGUAGE);
        if ((chosen == null || chosen.isBlank()) && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(LANGUAGE)) {
                    chosen = cookie.getValue();
                }
            }
        }
        return chosen == null || chosen.isBlank() ? Messages.DEFAULT_LOCALE.toLanguageTag()
                : Messages.supported(Locale.forLanguageTag(chosen.strip())).toLanguageTag();
    }

    private static Map<String, List<String>> replayedHeaders(HttpServletResponse response, String path) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        // What the answer varies with besides its address, for shared caches: the language cookie of the pages,
        // the negotiation of the API.
        headers.put("Vary", List.of(page(path) ? "Cookie" : "Accept, Accept-Language"));
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
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", page.headers().get("Vary").get(0));
        if (notModified(request, page)) {
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

    /** RFC 9110 §13.1: If-None-Match when sent, else If-Modified-Since. */
    static boolean notModified(HttpServletRequest request, RenderedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(page.etag())) {
                    return true;
                }
            }
            return false;
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return ifModifiedSince >= 0 && page.lastModified().toEpochMilli() <= ifModifiedSince;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
