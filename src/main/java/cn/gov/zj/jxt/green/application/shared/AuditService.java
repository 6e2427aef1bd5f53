package cn.gov.zj.jxt.green.application.shared;

import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** The audit log: appended by every service that changes state, read by administrators and supervisors. */
public interface AuditService {

    /** Audit actions that are not a change of one entity. */
    String ACCESS_DENIED = "access.denied";
    String SIGN_IN = "account.signIn";
    String SIGN_IN_FAILED = "account.signInFailed";

    /** Records a change of {@code entity}, in the caller's transaction: no change, no entry. */
    void changed(String action, Audited entity, java.util.Map<String, Object> before);

    /** Records an event about an entity (may be {@code null}) in a transaction of its own, so it stays even if the caller's rolls back. */
    void event(Actor actor, String action, String entityType, Object entityId, String detail);

    /** Checks the whole chain; administrators and supervisors only. */
    ChainVerification verify();

    Page<AuditEntry> search(String action, String entityType, String actor, PageRequest page);
}
