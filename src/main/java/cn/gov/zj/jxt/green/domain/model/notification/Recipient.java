package cn.gov.zj.jxt.green.domain.model.notification;

import cn.gov.zj.jxt.green.domain.model.account.Role;

/** The properties of an account that an {@link Audience} is matched against. */
public record Recipient(long accountId, Role role, String regionCode, Long organisationId) {
}
