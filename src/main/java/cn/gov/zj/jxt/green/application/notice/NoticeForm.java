package cn.gov.zj.jxt.green.application.notice;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a clerk types into a notice draft. Paragraphs of {@code body} are separated by line breaks. */
public record NoticeForm(
        @NotNull(message = "{notice.kind.required}") NoticeKind kind,
        @PlainText @NotBlank(message = "{notice.title.required}") @Size(max = 300, message = "{notice.title.size}") String title,
        @PlainText @Size(max = 300, message = "{notice.recipients.size}") String recipients,
        @PlainText(multiline = true) @NotBlank(message = "{notice.body.required}") @Size(max = 200000, message = "{notice.body.size}") String body,
        List<@PlainText String> coIssuers,
        @PlainText @Size(max = 500, message = "{notice.copyTo.size}") String copyTo,
        @NotNull(message = "{notice.dated.required}") LocalDate dated) {

    public NoticeForm {
        coIssuers = coIssuers == null ? List.of()
                : coIssuers.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }
}
