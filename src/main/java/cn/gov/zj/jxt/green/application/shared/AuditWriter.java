package cn.gov.zj.jxt.green.application.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import cn.gov.zj.jxt.green.domain.model.audit.AuditChain;
import cn.gov.zj.jxt.green.domain.model.audit.AuditChainHead;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRecord;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRepository;

/**
 * Puts records into the audit chain. Every append takes the chain head's row lock, which all writing transactions
 * share; a transaction that took it and then waited on a row another transaction holds, while that one waited on the
 * head, would deadlock. So a transaction's records wait until its outermost service call returns
 * ({@link AuditBoundary}), and are then appended after its changes are written: the head is the last lock it takes.
 * Outside such a call (no service between the caller and the transaction) a record is appended at once.
 */
@ApplicationScoped
public class AuditWriter {

    /** The records a transaction is holding back, as a resource of that transaction. */
    private static final String PENDING = AuditWriter.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditRepository repository;

    /** The record's entity id is read when it is appended: an entity persisted in this transaction has one then. */
    void add(Instant when, Supplier<AuditRecord> record) {
        Pending entry = new Pending(when, record);
        List<Pending> pending = transactions.getTransactionKey() == null ? null : pendingList();
        if (pending == null) {
            append(List.of(entry));
        } else {
            pending.add(entry);
        }
    }

    /** Starts holding back this transaction's records; false when an outer call holds them already or none runs. */
    boolean open() {
        if (transactions.getTransactionKey() == null || pendingList() != null) {
            return false;
        }
        transactions.putResource(PENDING, new ArrayList<Pending>());
        return true;
    }

    /** Appends what was held back, unless the transaction is going to roll back, and stops holding back. */
    void close(boolean append) {
        List<Pending> pending = pendingList();
        transactions.putResource(PENDING, null);
        if (append && pending != null && !transactions.getRollbackOnly()) {
            try {
                append(pending);
            } catch (RuntimeException e) {
                // A change whose record cannot be appended must not commit, whatever its call ended with.
                transactions.setRollbackOnly();
                throw e;
            }
        }
    }

    private void append(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditChainHead head = repository.lockHead();
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: the audit log was tampered with; "
                    + "no change can be recorded until an administrator restores it");
        }
        for (Pending entry : entries) {
            repository.add(AuditChain.append(head, entry.when(), entry.record().get()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pendingList() {
        return (List<Pending>) transactions.getResource(PENDING);
    }

    private record Pending(Instant when, Supplier<AuditRecord> record) {
    }
}
