package cn.gov.zj.jxt.green.infrastructure.mail;

import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.notification.NotificationRepository;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * Mails a notification to every enabled account its audience reaches that has an e-mail address, one message per
 * address (clerks of different cities do not see each other's addresses). Runs on its own thread and transaction;
 * a failure is logged and the notification stays in the workspace, which is where it counts.
 */
@Stateless
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/portal")
    Session session;

    @Inject
    NotificationRepository notifications;

    @Inject
    PortalSettings settings;

    @Asynchronous
    public void send(long notificationId) {
        try {
            Notification notification = notifications.find(notificationId).orElse(null);
            if (notification == null) {
                return;
            }
            List<String> addresses = notifications.accountsReached(notification.getAudience()).stream()
                    .map(Account::getEmail).filter(Objects::nonNull).distinct().toList();
            if (!addresses.isEmpty()) {
                deliver(notification, addresses);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "notification " + notificationId + " was not e-mailed");
        }
    }

    private void deliver(Notification notification, List<String> addresses) throws MessagingException {
        try (Transport transport = session.getTransport()) {
            // Credentials come from the environment, not the server configuration: no secret in standalone.xml.
            String user = settings.smtpUser().orElse(null);
            transport.connect(user, user == null ? null : settings.smtpPassword().orElse(""));
            for (String address : addresses) {
                MimeMessage message = message(notification);
                InternetAddress to = new InternetAddress(address);
                message.setRecipient(Message.RecipientType.TO, to);
                try {
                    transport.sendMessage(message, new InternetAddress[] {to});
                } catch (MessagingException e) {
                    // One refused address must not keep the others from their reminder.
                    LOG.log(Level.WARNING, e, () -> "notification " + notification.getId() + " not e-mailed to "
                            + address);
                }
            }
        }
    }

    private MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the mail session's from address (PORTAL_MAIL_FROM)
        message.setSubject(notification.getSubject(), "UTF-8");
        StringBuilder text = new StringBuilder(notification.getBody());
        if (notification.getLink() != null) {
            text.append("\n\n").append(settings.publicUrl()).append(notification.getLink());
        }
        message.setText(text.toString(), "UTF-8");
        message.setSentDate(java.util.Date.from(notification.getCreatedAt()));
        message.saveChanges();
        return message;
    }
}
