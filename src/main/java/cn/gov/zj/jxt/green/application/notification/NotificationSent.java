package cn.gov.zj.jxt.green.application.notification;

/** A notification was stored; observers that act outside the portal (e-mail) wait for the commit. */
public record NotificationSent(long notificationId) {
}
