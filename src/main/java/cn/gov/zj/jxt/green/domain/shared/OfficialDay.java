package cn.gov.zj.jxt.green.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days the documents speak of are days in Zhejiang: "by June 30" ends at 24:00 of June 30, Asia/Shanghai, and
 * a period that starts on a day starts at its 00:00 there, whatever zone the server runs in.
 */
public final class OfficialDay {

    /** The zone of every date in the documents. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private OfficialDay() {
    }

    /** 00:00 of {@code day}: the first instant of the day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** 24:00 of {@code day}: the first instant that is no longer in it, when something due "by" the day is late. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The day {@code instant} falls on. */
    public static LocalDate of(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
