/**
 * Workspace notifications: reminders the portal sends (a city that has not submitted its nomination N days before
 * the deadline, 003 §三) and announcements of the department, addressed to an account, to the accounts of a role in
 * a region, or to an organisation's accounts; each account keeps its own read state.
 */
package cn.gov.zj.jxt.green.domain.model.notification;
