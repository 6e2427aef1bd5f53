package cn.gov.zj.jxt.green.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.region.Region;

/**
 * The one place services ask "may this actor do this?". A refusal is written to the audit log (in its own
 * transaction, so it survives the caller's rollback) and thrown as {@link AccessDeniedException}.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    AuditService audit;

    public void requireRole(Actor actor, String action, Role... roles) {
        if (!actor.is(roles)) {
            deny(actor, action, null, null);
        }
    }

    /** The actor's region scope must cover {@code region}, the region of the record acted on. */
    public void requireRegion(Actor actor, String action, Region region, String entityType, Object entityId) {
        if (!actor.scope().covers(region)) {
            deny(actor, action, entityType, entityId);
        }
    }

    public void deny(Actor actor, String action, String entityType, Object entityId) {
        audit.event(actor, AuditService.ACCESS_DENIED, entityType, entityId, action);
        throw new AccessDeniedException();
    }
}
