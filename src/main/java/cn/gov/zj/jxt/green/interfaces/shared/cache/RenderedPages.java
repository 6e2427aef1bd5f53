package cn.gov.zj.jxt.green.interfaces.shared.cache;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered responses by key, bounded in entries and in bytes; when full, the least recently read go first. Reads
 * take no lock (every cache hit reads here, hundreds at a time); only storing a rendering, which follows a miss,
 * counts and evicts under one.
 *
 * <p>A key is stored the second time it is rendered, not the first: most filtered views of the registry, and every
 * address a crawler makes up, are asked for once. Storing them would cost the lock and push out the pages readers
 * come back to. The keys rendered once are remembered, up to as many as the cache holds, and forgotten all at once
 * when that many are.
 */
final class RenderedPages {

    private final int maxEntries;
    private final long maxBytes;
    private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>(256);
    private final Set<String> renderedOnce = ConcurrentHashMap.newKeySet();
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

    /** Stores the rendering if the key was rendered before (or is held, at an older version); else remembers it. */
    void put(String key, RenderedPage page) {
        if (page.size() <= maxBytes && admitted(key)) {
            store(key, page);
        }
    }

    private boolean admitted(String key) {
        if (pages.containsKey(key) || renderedOnce.remove(key)) {
            return true;
        }
        if (renderedOnce.size() >= maxEntries) {
            renderedOnce.clear();
        }
        renderedOnce.add(key);
        return false;
    }

    private synchronized void store(String key, RenderedPage page) {
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
