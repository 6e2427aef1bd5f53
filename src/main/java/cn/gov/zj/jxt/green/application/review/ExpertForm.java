package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.organisation.ValidCreditCode;
import cn.gov.zj.jxt.green.domain.model.review.TieKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An expert of the pool as the provincial clerk enters him: the employer's credit code is optional (a university
 * department may have none of its own) but valid when given; {@code account} is the username of an EXPERT account.
 */
public record ExpertForm(
        @PlainText @NotBlank(message = "{review.expert.name.required}") @Size(max = 60, message = "{review.expert.name.size}") String name,
        @PlainText @NotBlank(message = "{review.expert.specialty.required}") @Size(max = 100, message = "{review.expert.specialty.size}") String specialty,
        @PlainText @NotBlank(message = "{review.expert.employer.required}") @Size(max = 200, message = "{review.expert.employer.size}") String employerName,
        @ValidCreditCode String employerCode,
        @NotBlank(message = "{review.expert.city.required}") String cityCode,
        String account,
        @Valid List<Tie> ties,
        boolean active) {

    /** A tie: to an institution by organisation id, or to an organisation by credit code; with its nature. */
    public record Tie(@NotNull(message = "{review.expert.tie.kind.required}") TieKind kind, Long institutionId,
            @ValidCreditCode String creditCode,
            @PlainText @NotBlank(message = "{review.expert.tie.nature.required}") @Size(max = 100, message = "{review.expert.tie.nature.size}") String nature) {
    }

    public ExpertForm {
        ties = ties == null ? List.of() : List.copyOf(ties);
    }
}
