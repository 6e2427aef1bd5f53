package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The arithmetic of a publicity period (004 §(十六) "公示15天"): calendar days counted from the start date itself,
 * ending at 24:00 of the last day in Asia/Shanghai, so 15 days from 2023-11-08 run to 2023-11-22 24:00.
 */
public final class PublicityPeriod {

    public static final int DEFAULT_DAYS = 15;

    private PublicityPeriod() {
    }

    /** The last calendar day of a period of {@code days} days starting on {@code start}. */
    public static LocalDate lastDay(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a period has at least one day");
        }
        return start.plusDays(days - 1L);
    }

    /** 00:00 of {@code start}, Shanghai time. */
    public static Instant startsAt(LocalDate start) {
        return OfficialDay.startOf(start);
    }

    /** 24:00 of {@code lastDay}, Shanghai time: the first instant that is no longer in the period. */
    public static Instant endsAt(LocalDate lastDay) {
        return OfficialDay.endOf(lastDay);
    }
}
