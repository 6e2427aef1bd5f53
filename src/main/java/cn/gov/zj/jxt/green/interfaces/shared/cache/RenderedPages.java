package cn.gov.zj.jxt.green.interfaces.shared.cache;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered responses by key, bounded in entries and in bytes; when full, the least recently read go first. Reads
 * take no lock (every cache hit reads here, hundreds at a time); only storing a rendering, which follows a miss,
 * counts and evicts under one.
 */
final class RenderedPages {

    private final int maxEntries;
    private final long maxBytes;
    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>(256);
    private final AtomicLong clock = new AtomicLong();
    private long bytes;

    RenderedPages(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    RenderedPage get(String key) {
        Entry entry = pages.get(key);
        if (entry == null) {
            return null;
        }
        entry.lastRead = clock.incrementAndGet();
        return entry.page;
    }

    synchronized void put(String key, RenderedPage page) {
        if (page.size() > maxBytes) {
            return;
        }
        Entry before = pages.put(key, new Entry(page, clock.incrementAndGet()));
        bytes += page.size() - (before == null ? 0 : before.page.size());
        if (pages.size() <= maxEntries && bytes <= maxBytes) {
            return;
        }
        // Full: drop the least recently read tenth at once, so that a full cache does not sort on every store.
        int drop = Math.max(pages.size() - maxEntries, Math.max(1, pages.size() / 10));
        pages.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().lastRead))
                .limit(drop)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(this::remove);
        while (bytes > maxBytes && !pages.isEmpty()) {
            pages.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastRead))
                    .map(Map.Entry::getKey).ifPresent(this::remove);
        }
    }

    private void remove(String key) {
        Entry gone = pages.remove(key);
        if (gone != null) {
            bytes -= gone.page.size();
        }
    }

    int size() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    private static final class Entry {
        final RenderedPage page;
        volatile long lastRead;

        Entry(RenderedPage page, long lastRead) {
            this.page = page;
            this.lastRead = lastRead;
        }
    }
}
