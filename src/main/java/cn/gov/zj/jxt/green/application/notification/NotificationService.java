package cn.gov.zj.jxt.green.application.notification;

import java.io.Serializable;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * The workspace notification channel. Other features (deadline reminders, publicity, dynamic management forms,
 * named reports) call {@link #notify} inside their own transaction, e.g. from a timer handler; the notification
 * is shown in each reached account's workspace and, once that transaction has committed and when the portal has
 * an SMTP server, e-mailed to those accounts that have an address.
 */
public interface NotificationService {

    /** The category of {@link #notify(Audience, String, String, String, String)}. */
    String GENERAL = "general";
    /** The category of an administrator's {@link #broadcast}. */
    String ANNOUNCEMENT = "announcement";

    /**
     * Sends a notification as the portal; {@code dedupeKey} (optional) names it so that a handler retried or fired
     * twice sends it once: false when a notification with that key exists already. {@code link} is a portal page
     * path such as {@code /workspace/notices/view.xhtml?id=50}, or null.
     */
    default boolean notify(@NotNull Audience audience, String dedupeKey, String subject, String body, String link) {
        return notify(GENERAL, audience, dedupeKey, subject, body, link);
    }

    /** As above, with a category key (e.g. {@code deadline.reminder}) the workspace can group by. */
    default boolean notify(@NotNull String category, @NotNull Audience audience, String dedupeKey, String subject,
            String body, String link) {
        return notify(category, audience, dedupeKey, subject, body, link, null);
    }

    /**
     * As above, for a reminder of a deadline: from {@code expiresAt} on (the deadline itself) it is no longer pending
     * in anyone's workspace, read or not; null for a notification that stays pending until read.
     */
    boolean notify(@NotNull String category, @NotNull Audience audience, String dedupeKey, String subject,
            String body, String link, Instant expiresAt);

    /** An administrator's announcement to an audience, e.g. every city clerk (no region) or those of one city. */
    InboxEntry broadcast(@NotNull BroadcastForm form);

    /** Everything addressed to the actor's account, role and region, or organisation, newest first. */
    Page<InboxEntry> inbox(@NotNull Actor actor, @NotNull PageRequest page);

    /**
     * What is pending for the actor, newest first: not read yet, and not a reminder whose deadline has passed (that
     * stays in the {@link #inbox}, marked expired).
     */
    Page<InboxEntry> unread(@NotNull Actor actor, @NotNull PageRequest page);

    /** How many {@link #unread} holds. */
    long unreadCount(@NotNull Actor actor);

    /** Marks one notification of the actor's inbox read (again: no change); 404 for any other. */
    void markRead(@NotNull Actor actor, long id);

    /** One notification as its reader sees it, read or not; expired: a reminder whose deadline has passed. */
    record InboxEntry(long id, String category, String subject, String body, String link, Instant createdAt,
            boolean read, boolean expired) implements Serializable {
    }
}
