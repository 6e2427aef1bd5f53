package cn.gov.zj.jxt.green.infrastructure.time;

import java.time.Instant;

/** The portal's clock was moved (tests, the demo loader): timers set on the machine's time must be set again. */
public record ClockMoved(Instant now) {
}
