package cn.gov.zj.jxt.green.domain.model.audit;

import java.io.Serializable;

/**
 * The outcome of checking the audit chain: intact, or the first index where it breaks and why.
 *
 * @param entriesChecked entries read before the verdict
 * @param brokenAt the chain index of the first entry found wrong, or {@code null}
 * @param problem what is wrong there, or {@code null}
 */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenAt, Problem problem)
        implements Serializable {

    public enum Problem {
        /** The entry's fields no longer match its hash: the row was edited. */
        CONTENT_ALTERED,
        /** The entry does not name its predecessor's hash: a row before it was edited or replaced. */
        LINK_BROKEN,
        /** An index is missing: a row was deleted. */
        ENTRY_MISSING,
        /** The head names an entry that is not the last one: the newest rows were deleted. */
        HEAD_MISMATCH
    }

    /** The head row itself is gone: the chain cannot be trusted. */
    public static ChainVerification headMissing() {
        return new ChainVerification(false, 0, 0L, Problem.HEAD_MISMATCH);
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long index, Problem problem) {
        return new ChainVerification(false, checked, index, problem);
    }
}
