package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.shared.PortalClock;

/** How pages write moments: in Asia/Shanghai, as 2025-05-28 14:30:00. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PortalClock.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /**
     * A deadline as the documents write it: one that ends at midnight belongs to the day before, "2026-12-31 24:00",
     * not "2027-01-01 00:00:00", which reads as a day late.
     */
    public String deadline(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(PortalClock.ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return local.toLocalDate().minusDays(1) + " 24:00";
        }
        return DATE_TIME.format(instant);
    }

    /** A date as every reader in the province writes it: 2025-05-28. */
    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A file size for people: 532 B, 48 KB, 1.2 MB. */
    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
