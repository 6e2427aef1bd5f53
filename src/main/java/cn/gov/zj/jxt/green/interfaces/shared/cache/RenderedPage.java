package cn.gov.zj.jxt.green.interfaces.shared.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A response as rendered at a public content version on an official day: its body, the headers it was sent with,
 * its strong entity tag (version and digest of the body) and when what it shows last changed.
 */
record RenderedPage(long version, LocalDate day, byte[] body, Map<String, List<String>> headers, String etag,
        Instant lastModified) {

    /** What it holds in memory, near enough: the body dominates. */
    long size() {
        return body.length + 512L;
    }

    boolean current(long currentVersion, LocalDate today) {
        return version == currentVersion && day.equals(today);
    }
}
