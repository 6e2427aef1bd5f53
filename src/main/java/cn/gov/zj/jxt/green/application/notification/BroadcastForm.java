package cn.gov.zj.jxt.green.application.notification;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;

/**
 * An administrator's announcement: to every account of a role, in one region when {@code regionCode} is given
 * (exactly that region: a city's code does not reach its counties), or to one organisation's accounts.
 */
public record BroadcastForm(
        Role role,
        @Pattern(regexp = "\\d{6}", message = "{notification.regionCode.pattern}") String regionCode,
        Long organisationId,
        @PlainText @NotBlank(message = "{notification.subject.required}")
        @Size(max = Notification.MAX_SUBJECT, message = "{notification.subject.size}") String subject,
        @PlainText(multiline = true) @NotNull(message = "{notification.body.required}")
        @Size(max = Notification.MAX_BODY, message = "{notification.body.size}") String body,
        @PlainText @Size(max = Notification.MAX_LINK, message = "{notification.link.invalid}") String link) {
}
