package cn.gov.zj.jxt.green.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.notification.NotificationSent;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * Hands a stored notification to the mailer once the sender's transaction has committed: a rolled-back timer
 * handler sends no e-mail, and a slow or absent SMTP server never holds a transaction (or a timer) open.
 */
@ApplicationScoped
public class NotificationMailTrigger {

    @Inject
    NotificationMailer mailer;

    @Inject
    PortalSettings settings;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationSent sent) {
        if (settings.mailEnabled()) {
            mailer.send(sent.notificationId());
        }
    }
}
