package cn.gov.zj.jxt.green.interfaces.shared.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered responses by key, least recently used first out, bounded in entries and in bytes. A stale entry (an older
 * version) is replaced by the next rendering of its key or falls out with age.
 */
final class RenderedPages {

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, RenderedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    RenderedPages(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized RenderedPage get(String key) {
        return pages.get(key);
    }

    synchronized void put(String key, RenderedPage page) {
        if (page.size() > maxBytes) {
            return;
        }
        RenderedPage before = pages.put(key, page);
        bytes += page.size() - (before == null ? 0 : before.size());
        Iterator<Map.Entry<String, RenderedPage>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }
}
