package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.domain.model.park.AcceptanceResult;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The province's record of a plan's acceptance (验收, seed 001 §三(五)): the outcome, the day it was held and the
 * comments (required when it failed). {@code version} is the version of the plan the clerk read.
 */
public record PlanAcceptanceForm(
        long planId,
        @NotNull(message = "{acceptance.result.required}") AcceptanceResult result,
        @NotNull(message = "{acceptance.date.required}") LocalDate date,
        @Size(max = 2000, message = "{plan.comment.size}") String comment,
        long version) {
}
