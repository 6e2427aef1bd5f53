package cn.gov.zj.jxt.green.interfaces.shared.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void aViewIsStoredTheSecondTimeItIsRenderedNotTheFirst() {
        RenderedPages pages = new RenderedPages(100, 1_000_000);

        pages.put("/units.xhtml?city=330100", page(1, 100));
        assertNull(pages.get("/units.xhtml?city=330100"), "asked for once: not stored");

        RenderedPage second = page(1, 100);
        pages.put("/units.xhtml?city=330100", second);
        assertSame(second, pages.get("/units.xhtml?city=330100"));
    }

    @Test
    void aHeldViewRenderedAgainAtANewerVersionReplacesItsEntryAtOnce() {
        RenderedPages pages = new RenderedPages(100, 1_000_000);
        pages.put("/notices.xhtml", page(1, 100));
        pages.put("/notices.xhtml", page(1, 100));

        RenderedPage newer = page(2, 120);
        pages.put("/notices.xhtml", newer);

        assertSame(newer, pages.get("/notices.xhtml"));
        assertEquals(120 + 512, pages.bytes());
    }

    @Test
    void viewsRenderedOnceAreRememberedOnlyUpToTheCachesSize() {
        RenderedPages pages = new RenderedPages(10, 1_000_000);
        pages.put("/units.xhtml?n=0", page(1, 100));
        for (int i = 1; i <= 10; i++) {
            pages.put("/units.xhtml?n=" + i, page(1, 100));
        }

        // The eleventh new key found ten remembered and forgot them: the first is new again.
        pages.put("/units.xhtml?n=0", page(1, 100));
        assertNull(pages.get("/units.xhtml?n=0"));
        assertEquals(0, pages.size());
    }

    @Test
    void theLeastRecentlyReadGoFirstWhenTheCacheIsFull() {
        RenderedPages pages = new RenderedPages(10, 1_000_000);
        for (int i = 0; i < 10; i++) {
            pages.put("/p" + i, page(1, 100));
            pages.put("/p" + i, page(1, 100));
        }
        for (int i = 1; i < 10; i++) {
            assertNotNull(pages.get("/p" + i));
        }

        pages.put("/p10", page(1, 100));
        pages.put("/p10", page(1, 100));

        assertNull(pages.get("/p0"), "read least recently");
        assertNotNull(pages.get("/p10"));
        assertTrue(pages.size() <= 10, "at most ten: " + pages.size());
    }

    @Test
    void aRenderingLargerThanTheWholeCacheIsNeverStored() {
        RenderedPages pages = new RenderedPages(10, 1_000);
        pages.put("/big", page(1, 2_000));
        pages.put("/big", page(1, 2_000));

        assertNull(pages.get("/big"));
        assertEquals(0, pages.bytes());
    }

    private static RenderedPage page(long version, int size) {
        return new RenderedPage(version, DAY, new byte[size], Map.of("Vary", List.of("Cookie")), "\"" + version + "\"",
                Instant.parse("2026-12-05T00:00:00Z"));
    }
}
