package cn.gov.zj.jxt.green.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MovableClockTest {

    private final MovableClock clock = new MovableClock();

    @Test
    void datesAreShanghaiDates() {
        assertEquals(ZoneId.of("Asia/Shanghai"), clock.zone());
        // 16:00 UTC on June 30 is already 00:00 on July 1 in Zhejiang: a June 30 deadline has passed.
        clock.moveTo(Instant.parse("2025-06-30T16:00:00Z"));
        assertEquals(LocalDate.of(2025, 7, 1), clock.today());
        assertEquals(0, clock.nowZoned().getHour());
    }

    @Test
    void movedTimeKeepsRunningAndResets() throws InterruptedException {
        Instant target = Instant.parse("2025-04-15T15:59:59Z");
        clock.moveTo(target);
        Thread.sleep(20);
        Duration ahead = Duration.between(target, clock.now());
        assertTrue(!ahead.isNegative() && ahead.compareTo(Duration.ofSeconds(5)) < 0, ahead.toString());

        clock.reset();
        assertTrue(Duration.between(Instant.now(), clock.now()).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }
}
