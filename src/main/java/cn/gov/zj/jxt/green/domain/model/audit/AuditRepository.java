package cn.gov.zj.jxt.green.domain.model.audit;

import java.util.List;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

public interface AuditRepository {

    /**
     * The chain head, locked for update until the transaction ends, after the transaction's pending changes are
     * written: every other row lock the transaction needs is taken before the head's.
     */
    AuditChainHead lockHead();

    AuditChainHead head();

    void add(AuditEntry entry);

    /** Up to {@code limit} entries with index greater than {@code afterIndex}, in index order. */
    List<AuditEntry> entriesAfter(long afterIndex, int limit);

    /** How many entries of {@code action} about one entity were recorded at or after {@code since}. */
    long count(String action, String entityType, String entityId, java.time.Instant since);

    /** Newest first, optionally only one action or one entity type. */
    Page<AuditEntry> search(String action, String entityType, String actor, PageRequest page);
}
