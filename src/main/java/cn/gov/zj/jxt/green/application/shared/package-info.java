/**
 * What every use case of the application layer shares. Each use case is a method of a {@code @Stateless} service
 * that takes the current {@link cn.gov.zj.jxt.green.application.shared.Actor}, checks role and region through
 * {@link cn.gov.zj.jxt.green.application.shared.AccessPolicy}, validates its input and records the change through
 * {@link cn.gov.zj.jxt.green.application.shared.AuditService}; the three live here together. Also here: the
 * exceptions every service throws (refused business rule, missing record, invalid input, denied access), optimistic
 * version checks and input validation. Pages and the REST API call only the services of the sub-packages.
 */
package cn.gov.zj.jxt.green.application.shared;
