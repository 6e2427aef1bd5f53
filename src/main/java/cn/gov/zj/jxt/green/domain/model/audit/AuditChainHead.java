package cn.gov.zj.jxt.green.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the chain's last entry. Appending locks it, so entries are appended one at a
 * time in index order; comparing it with the last entry reveals a deleted tail.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_index", nullable = false)
    private long lastIndex;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    AuditChainHead(long lastIndex, String lastHash) {
        this.id = ID;
        this.lastIndex = lastIndex;
        this.lastHash = lastHash;
    }

    void advanceTo(AuditEntry entry) {
        this.lastIndex = entry.getChainIndex();
        this.lastHash = entry.getHash();
    }

    public long getLastIndex() {
        return lastIndex;
    }

    public String getLastHash() {
        return lastHash;
    }
}
