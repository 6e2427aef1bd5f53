package cn.gov.zj.jxt.green.domain.model.nomination;

import java.io.Serializable;
import java.util.List;

/**
 * What one eligibility rule found: its name and clause, whether it holds, and the facts that decided it, as a
 * message key with arguments so applicants and clerks read it in their language.
 */
public record RuleOutcome(EligibilityRule rule, Verdict verdict, String messageKey, List<Object> arguments)
        implements Serializable {

    public enum Verdict {
        PASSED,
        FAILED,
        /** The rule does not concern this kind of unit or level. */
        NOT_APPLICABLE
    }

    public RuleOutcome {
        arguments = List.copyOf(arguments);
    }

    public static RuleOutcome passed(EligibilityRule rule, String key, Object... arguments) {
        return new RuleOutcome(rule, Verdict.PASSED, key, List.of(arguments));
    }

    public static RuleOutcome failed(EligibilityRule rule, String key, Object... arguments) {
        return new RuleOutcome(rule, Verdict.FAILED, key, List.of(arguments));
    }

    public static RuleOutcome notApplicable(EligibilityRule rule) {
        return new RuleOutcome(rule, Verdict.NOT_APPLICABLE, "eligibility.notApplicable", List.of());
    }

    public boolean failed() {
        return verdict == Verdict.FAILED;
    }

    /** A failure that bars the application itself, not only its nomination. */
    public boolean barsApplication() {
        return failed() && rule.barsApplication();
    }
}
