package cn.gov.zj.jxt.green.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FailedSignInTallyTest {

    private long now = 5_000_000_000L;
    private final FailedSignInTally tally = new FailedSignInTally(() -> now);

    @Test
    void theFirstFailureOfAnAddressOpensItsWindowAndTheRestAreCountedInIt() {
        assertTrue(tally.count("203.0.113.7", true), "audited at once");
        for (int i = 0; i < 40; i++) {
            assertFalse(tally.count("203.0.113.7", i % 4 != 0), "counted, not audited");
        }
        assertTrue(tally.count("198.51.100.20", true), "another address has a window of its own");
        assertEquals(List.of(), tally.closeDue(), "nothing closes before its time");

        now += FailedSignInTally.WINDOW.toNanos();
        List<FailedSignInTally.Window> closed = tally.closeDue();
        assertEquals(List.of(new FailedSignInTally.Window("203.0.113.7", 31, 10)), closed,
                "one entry with the counts; none for an address whose only failure was audited already");
        assertEquals("unknownNames=31, refusedWhileShut=10, windowMinutes=10", closed.get(0).detail());
        assertEquals(List.of(), tally.closeDue(), "closed once");
        assertTrue(tally.count("203.0.113.7", true), "the next failure opens a new window");
    }
}
