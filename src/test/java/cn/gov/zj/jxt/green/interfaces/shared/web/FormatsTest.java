package cn.gov.zj.jxt.green.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void aDeadlineAtMidnightBelongsToTheDayBefore() {
        // 2027-01-01 00:00 in Asia/Shanghai.
        assertEquals("2026-12-31 24:00", formats.deadline(Instant.parse("2026-12-31T16:00:00Z")));
    }

    @Test
    void anyOtherDeadlineIsWrittenAsItIs() {
        assertEquals("2026-06-30 17:30:00", formats.deadline(Instant.parse("2026-06-30T09:30:00Z")));
        assertEquals("", formats.deadline(null));
    }
}
