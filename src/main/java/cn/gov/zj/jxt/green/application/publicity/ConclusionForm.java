package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.report.ReportConclusion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The city's conclusion of a verified named report (004 §(二十三)): a rectification names its follow-up date, a
 * removal proposal its ground of 004 §(十九).
 */
public record ConclusionForm(
        @NotNull(message = "{report.conclusion.required}") ReportConclusion conclusion,
        @PlainText(multiline = true) @NotBlank(message = "{report.finding.required}") @Size(max = 2000, message = "{report.finding.size}") String finding,
        RemovalGround removalGround,
        LocalDate followUpDue) {
}
