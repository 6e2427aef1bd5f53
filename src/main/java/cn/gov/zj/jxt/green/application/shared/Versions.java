package cn.gov.zj.jxt.green.application.shared;

/**
 * The check of a change against the version of the record its author saw: a record changed since is refused with
 * one message (common.changedMeanwhile) naming it, so the author reloads instead of overwriting someone's work.
 */
public final class Versions {

    private Versions() {
    }

    /** @param label how the record is named in the message (a title, a name, a number) */
    public static void require(long current, long expected, String label) {
        if (current != expected) {
            throw new BusinessRuleException("common.changedMeanwhile", label);
        }
    }
}
