package cn.gov.zj.jxt.green.application.shared;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock of the portal, in Asia/Shanghai: every date and deadline is read from here, so that a deadline
 * "at 24:00 on June 30" means the same instant on every server. Infrastructure provides it, and lets tests and
 * the demo loader move it.
 */
public interface PortalClock {

    ZoneId ZONE = OfficialDay.ZONE;

    Instant now();

    LocalDate today();

    default ZonedDateTime nowZoned() {
        return now().atZone(ZONE);
    }
}
