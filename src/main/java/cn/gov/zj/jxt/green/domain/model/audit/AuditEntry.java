package cn.gov.zj.jxt.green.domain.model.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.QueryHint;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One line of the audit log. Entries form a chain: each carries the SHA-256 of its predecessor and its own
 * SHA-256 over all its fields, so that editing, inserting or deleting any row is detected by
 * {@link AuditChain#verify}. Entries are never updated.
 */
@Entity
@Table(name = "audit_entry")
// Verification reads the whole log: read-only, so the entries are not kept in the persistence context.
@NamedQuery(name = "AuditEntry.range",
        query = "SELECT e FROM AuditEntry e WHERE e.chainIndex > :after ORDER BY e.chainIndex",
        hints = @QueryHint(name = "eclipselink.read-only", value = "true"))
public class AuditEntry implements Serializable {

    @Id
    @Column(name = "chain_index")
    private long chainIndex;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(length = 20)
    private String role;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "entity_type", length = 60)
    private String entityType;

    @Column(name = "entity_id", length = 60)
    private String entityId;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long chainIndex, Instant occurredAt, AuditRecord record, String previousHash) {
        this.chainIndex = chainIndex;
        // Stored timestamps keep milliseconds on every database; hash exactly what is stored.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = record.actor();
        this.role = record.role();
        this.regionCode = record.regionCode();
        this.action = record.action();
        this.entityType = record.entityType();
        this.entityId = record.entityId();
        this.beforeState = record.beforeState();
        this.afterState = record.afterState();
        this.clientAddress = record.clientAddress();
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** SHA-256 over every field but the hash itself, each length-prefixed so that no two rows serialise alike. */
    String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {chainIndex, occurredAt.toEpochMilli(), actor, role, regionCode, action,
                entityType, entityId, beforeState, afterState, clientAddress, previousHash}) {
            String text = field == null ? "\u2400" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public long getChainIndex() {
        return chainIndex;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getRole() {
        return role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
