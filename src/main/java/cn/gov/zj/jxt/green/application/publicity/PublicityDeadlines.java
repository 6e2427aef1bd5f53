package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Opens a publicity period at 00:00 of its first day and closes it at 24:00 of its last (004 §(十六)), whichever
 * trigger rings: the persistent timer, the start-up sweep after a stop, or both. The deadline service runs each
 * once; the period's own state makes a second run change nothing even so. A suspension holds the close off until
 * the resume moves it to the new end; should it ring on a suspended period all the same, it leaves it suspended.
 * An opening that rings on a suspended period leaves it suspended too: a resume after the start opens it.
 */
@ApplicationScoped
public class PublicityDeadlines implements DeadlineHandler {

    @Inject
    PublicityRepository publicities;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(DefaultPublicityService.OPEN, DefaultPublicityService.CLOSE);
    }

    @Override
    public String handle(Deadline deadline) {
        Publicity publicity = publicities.lock(deadline.getSubjectId()).orElse(null);
        if (publicity == null) {
            return "publicity " + deadline.getSubjectId() + " no longer exists";
        }
        var before = publicity.auditState();
        if (DefaultPublicityService.OPEN.equals(deadline.getKind())) {
            if (!publicity.open(clock.now())) {
                return "not opened: " + publicity.getStatus();
            }
            audit.changed("publicity.open", publicity, before);
            return "opened";
        }
        if (publicity.getEndsAt().isAfter(clock.now())) {
            // A close set before an extension that did not move it: the period runs on.
            return "not closed: runs until " + publicity.getEndsAt();
        }
        if (!publicity.close(clock.now())) {
            return "not closed: " + publicity.getStatus();
        }
        audit.changed("publicity.close", publicity, before);
        return "closed";
    }
}
