package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An expert's scores: one item per {@link Criterion}, each 0–100 with a comment; an overall comment; a flag. */
public record ScoreForm(
        @NotNull(message = "{review.score.items.required}") @Valid List<Item> items,
        @PlainText(multiline = true) @Size(max = 4000, message = "{review.score.comment.size}") String overallComment,
        boolean flagged,
        @PlainText(multiline = true) @Size(max = 1000, message = "{review.score.flagNote.size}") String flagNote) {

    public record Item(@NotNull(message = "{review.score.criterion.required}") Criterion criterion,
            @NotNull(message = "{review.score.value.required}") @Min(value = 0, message = "{review.score.value.range}")
            @Max(value = 100, message = "{review.score.value.range}") Integer score,
            @PlainText(multiline = true) @Size(max = 2000, message = "{review.score.comment.size}") String comment) {
    }
}
