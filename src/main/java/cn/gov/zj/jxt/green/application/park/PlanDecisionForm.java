package cn.gov.zj.jxt.green.application.park;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The province's decision on a submitted plan: approve, or return with comments (required then). {@code version}
 * is the version of the plan the clerk read.
 */
public record PlanDecisionForm(
        long planId,
        @NotNull(message = "{plan.decision.required}") Decision decision,
        @Size(max = 2000, message = "{plan.comment.size}") String comment,
        long version) {

    public enum Decision {
        APPROVE,
        RETURN
    }
}
