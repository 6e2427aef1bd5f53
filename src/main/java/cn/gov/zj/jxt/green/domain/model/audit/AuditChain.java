package cn.gov.zj.jxt.green.domain.model.audit;

import java.time.Instant;
import java.util.Iterator;

/** Appending to and verifying the hash chain of the audit log; no I/O here. */
public final class AuditChain {

    /** The "predecessor hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static AuditChainHead emptyHead() {
        return new AuditChainHead(0, GENESIS);
    }

    /** The next entry after {@code head}; moves the head to it. The caller holds the head's lock. */
    public static AuditEntry append(AuditChainHead head, Instant when, AuditRecord record) {
        AuditEntry entry = new AuditEntry(head.getLastIndex() + 1, when, record, head.getLastHash());
        head.advanceTo(entry);
        return entry;
    }

    /**
     * Checks entries given in ascending index order from index 1, then the head. Entries after the head
     * (appended by transactions that committed after the head was read) must not be given.
     */
    public static ChainVerification verify(Iterator<AuditEntry> entries, AuditChainHead head) {
        long expectedIndex = 1;
        String previousHash = GENESIS;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            checked++;
            if (entry.getChainIndex() != expectedIndex) {
                return ChainVerification.broken(checked, expectedIndex, ChainVerification.Problem.ENTRY_MISSING);
            }
            if (!entry.getHash().equals(entry.computeHash())) {
                return ChainVerification.broken(checked, expectedIndex, ChainVerification.Problem.CONTENT_ALTERED);
            }
            if (!entry.getPreviousHash().equals(previousHash)) {
                return ChainVerification.broken(checked, expectedIndex, ChainVerification.Problem.LINK_BROKEN);
            }
            previousHash = entry.getHash();
            expectedIndex++;
        }
        if (head.getLastIndex() != expectedIndex - 1 || !head.getLastHash().equals(previousHash)) {
            return ChainVerification.broken(checked, Math.min(expectedIndex, head.getLastIndex()),
                    ChainVerification.Problem.HEAD_MISMATCH);
        }
        return ChainVerification.intact(checked);
    }
}
