package cn.gov.zj.jxt.green.interfaces.shared.cache;

import cn.gov.zj.jxt.green.application.shared.PublicContent;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the public page cache knows, shared by its two doors: the servlet filter that renders and stores a page on a
 * miss, and the handler in front of the servlet container that answers a hit before the container's security,
 * contexts and filters are set up for the request. Both decide by the same rules, here: which addresses are public,
 * how a request is keyed, whether a stored page is current and whether the browser's copy still is.
 */
final class PublicPages {

    /** The servlet context attribute under which the filter leaves this for the handler. */
    static final String ATTRIBUTE = PublicPages.class.getName();

    /** Public pages; the receipt and objection pages are one reader's and are never stored. */
    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/notices.xhtml", "/notice.xhtml",
            "/lists.xhtml", "/open-data.xhtml", "/publicity.xhtml", "/publicity/view.xhtml", "/units.xhtml",
            "/units/view.xhtml", "/reports/institutions.xhtml", "/park-targets.xhtml",
            "/transformation-plans.xhtml", "/circular-parks.xhtml", "/pilots.xhtml");
    /** Open data and feeds, by prefix; files (.pdf, .docx, annexes) are served from storage and not stored. */
    private static final List<String> DATA = List.of("/api/notices", "/api/units", "/api/publicity",
            "/api/regions", "/api/removal-announcements", "/api/batches", "/api/park-targets",
            "/api/transformation-plans", "/api/pilots", "/feeds/");
    static final String LANGUAGE = "lang";
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final RenderedPages pages = new RenderedPages(5_000, 64L * 1024 * 1024);
    private final Supplier<PublicContent.Version> version;
    private final Supplier<LocalDate> today;
    private final long hstsMaxAge;

    PublicPages(Supplier<PublicContent.Version> version, Supplier<LocalDate> today, long hstsMaxAge) {
        this.version = version;
        this.today = today;
        this.hstsMaxAge = hstsMaxAge;
    }

    /** The version now committed and the official day: read before rendering, so an entry is never newer than it says. */
    PublicContent.Version version() {
        return version.get();
    }

    LocalDate today() {
        return today.get();
    }

    /** The stored page for the key if it is current, else {@code null}: one version read. */
    RenderedPage current(String key) {
        RenderedPage page = pages.get(key);
        return page != null && page.current(version().number(), today()) ? page : null;
    }

    /** The stored page for the key if it was rendered at this version on this day, else {@code null}. */
    RenderedPage current(String key, long versionNumber, LocalDate day) {
        RenderedPage page = pages.get(key);
        return page != null && page.current(versionNumber, day) ? page : null;
    }

    void store(String key, RenderedPage page) {
        pages.put(key, page);
    }

    /** HSTS is the connection's, not the page's: sent over TLS when set, never stored with a page. */
    String strictTransportSecurity(boolean secure) {
        return secure && hstsMaxAge > 0 ? "max-age=" + hstsMaxAge : null;
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

    static boolean page(String path) {
        return path.endsWith(".xhtml") || path.equals("/");
    }

    /**
     * The address with its query, the language and what the API negotiates on. Not the host: absolute links come
     * from the configured public address, and a key per Host header sent would let anyone crowd the cache out.
     */
    static String key(String path, String query, String language, String accept, String acceptLanguage) {
        StringBuilder key = new StringBuilder(128).append(path);
        if (query != null && !query.isEmpty()) {
            key.append('?').append(query);
        }
        key.append('|').append(language);
        if (!page(path)) {
            key.append('|').append(accept).append('|').append(acceptLanguage);
        }
        return key.toString();
    }

    /** The reader's language as the pages take it: the lang parameter, else the lang cookie, else Chinese. */
    static String language(String parameter, String cookie) {
        String chosen = parameter == null || parameter.isBlank() ? cookie : parameter;
        return chosen == null || chosen.isBlank() ? Messages.DEFAULT_LOCALE.toLanguageTag()
                : Messages.supported(Locale.forLanguageTag(chosen.strip())).toLanguageTag();
    }

    /** RFC 9110 §13.1: If-None-Match when sent, else If-Modified-Since. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedPage page) {
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
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            long since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli();
            return page.lastModified().toEpochMilli() <= since;
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    /** Last-Modified as HTTP writes it (IMF-fixdate: two-digit day, GMT). */
    static String httpDate(RenderedPage page) {
        return HTTP_DATE.format(page.lastModified().atZone(ZoneOffset.UTC));
    }
}
