package cn.gov.zj.jxt.green.domain.model.audit;

import java.util.Objects;

/** What is to be recorded, before it takes its place in the chain. */
public record AuditRecord(String actor, String role, String regionCode, String action, String entityType,
        String entityId, String beforeState, String afterState, String clientAddress) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
