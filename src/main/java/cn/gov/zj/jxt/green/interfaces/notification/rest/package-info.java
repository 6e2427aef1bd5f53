/**
 * Notifications over the API: each signed-in account's inbox ({@code /api/workspace/notifications}) and the
 * administrators' announcements ({@code /api/admin/notifications}).
 */
package cn.gov.zj.jxt.green.interfaces.notification.rest;
