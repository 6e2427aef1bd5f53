package cn.gov.zj.jxt.green.domain.model.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

public interface NotificationRepository {

    /** Adds and writes at once, so that a duplicate dedupe key fails inside the service, not at commit. */
    void add(Notification notification);

    Optional<Notification> find(long id);

    Optional<Notification> findByDedupeKey(String dedupeKey);

    /**
     * Notifications whose audience reaches {@code recipient}, newest first; if asked, only the pending ones: unread,
     * and not expired at {@code now} (a reminder whose deadline has passed).
     */
    Page<Notification> addressedTo(Recipient recipient, boolean pendingOnly, Instant now, PageRequest page);

    /** How many are pending for {@code recipient}: unread and not expired at {@code now}. */
    long countPending(Recipient recipient, Instant now);

    /** Which of {@code notificationIds} the account has read. */
    Set<Long> readAmong(long accountId, Collection<Long> notificationIds);

    /** Records the read unless it is recorded already; true when it was new. */
    boolean markRead(long notificationId, long accountId, Instant when);

    /** The enabled accounts the audience reaches now, for e-mail. */
    List<Account> accountsReached(Audience audience);
}
