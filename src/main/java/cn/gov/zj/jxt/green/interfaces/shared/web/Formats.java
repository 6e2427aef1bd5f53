package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.infrastructure.time.PortalClock;

/** How pages write moments: in Asia/Shanghai, as 2025-05-28 14:30:00. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PortalClock.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
