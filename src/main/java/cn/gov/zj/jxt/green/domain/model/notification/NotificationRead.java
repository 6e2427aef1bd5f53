package cn.gov.zj.jxt.green.domain.model.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** That one account has read one notification, and when. Written once; a second "mark read" changes nothing. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    /** The primary key: notification and account. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long notificationId;
        private Long accountId;

        public Key() {
            // for JPA
        }

        public Key(long notificationId, long accountId) {
            this.notificationId = notificationId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(notificationId, k.notificationId)
                    && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, accountId);
        }
    }

    @Id
    @Column(name = "notification_id")
    private Long notificationId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected NotificationRead() {
        // for JPA
    }

    public NotificationRead(long notificationId, long accountId, Instant readAt) {
        this.notificationId = notificationId;
        this.accountId = accountId;
        this.readAt = Objects.requireNonNull(readAt);
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
