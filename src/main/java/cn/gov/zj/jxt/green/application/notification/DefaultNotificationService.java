package cn.gov.zj.jxt.green.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.notification.NotificationRepository;
import cn.gov.zj.jxt.green.domain.model.notification.Recipient;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * Sending checks the dedupe key first; two transactions sending the same key at the same instant both pass the
 * check, and the second then fails on the table's unique key and rolls back, so that a retried timer finds the
 * first and sends nothing. Reads are not written to the audit log: they change no record anyone else relies on,
 * and the read table itself keeps who read what when.
 */
@Stateless
public class DefaultNotificationService implements NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    @Inject
    PortalClock clock;

    /** Observed after commit by the mailer (infrastructure/mail), never inside the sender's transaction. */
    @Inject
    Event<NotificationSent> sent;

    @Override
    public boolean notify(String category, Audience audience, String dedupeKey, String subject, String body,
            String link, Instant expiresAt) {
        if (dedupeKey != null && !dedupeKey.isBlank()
                && notifications.findByDedupeKey(dedupeKey.strip()).isPresent()) {
            return false;
        }
        // Timers call in without a signed-in person: the portal itself sends, and the audit log says so.
        if (currentActor.get().isSignedIn()) {
            send(category, audience, subject, body, link, dedupeKey, expiresAt);
        } else {
            currentActor.runAsSystem(() -> send(category, audience, subject, body, link, dedupeKey, expiresAt));
        }
        return true;
    }

    @Override
    public InboxEntry broadcast(BroadcastForm form) {
        access.requireRole(currentActor.get(), "notification.broadcast", Role.ADMIN);
        validation.require(form);
        Audience audience = audienceOf(form);
        if (form.link() != null && !form.link().isBlank() && !Notification.isPortalPath(form.link().strip())) {
            throw InputValidation.violation("link", "notification.link.invalid");
        }
        Notification notification = send(ANNOUNCEMENT, audience, form.subject(), form.body(), form.link(), null,
                null);
        return entry(notification, false, clock.now());
    }

    private Audience audienceOf(BroadcastForm form) {
        if (form.organisationId() != null) {
            if (form.role() != null || form.regionCode() != null) {
                throw InputValidation.violation("organisationId", "notification.audience.either");
            }
            organisations.find(form.organisationId())
                    .orElseThrow(() -> InputValidation.violation("organisationId", "notification.organisation.unknown"));
            return Audience.organisation(form.organisationId());
        }
        if (form.role() == null || form.role() == Role.PUBLIC) {
            throw InputValidation.violation("role", "notification.audience.required");
        }
        if (form.regionCode() != null && regions.find(form.regionCode()).isEmpty()) {
            throw InputValidation.violation("regionCode", "notification.regionCode.unknown");
        }
        return Audience.role(form.role(), form.regionCode());
    }

    private Notification send(String category, Audience audience, String subject, String body, String link,
            String dedupeKey, Instant expiresAt) {
        Notification notification = new Notification(category, audience, subject, body, link, dedupeKey,
                clock.now(), currentActor.get().name(), expiresAt);
        notifications.add(notification);
        audit.changed("notification.send", notification, null);
        sent.fire(new NotificationSent(notification.getId()));
        return notification;
    }

    @Override
    public Page<InboxEntry> inbox(Actor actor, PageRequest page) {
        return entries(actor, false, page);
    }

    @Override
    public Page<InboxEntry> unread(Actor actor, PageRequest page) {
        return entries(actor, true, page);
    }

    private Page<InboxEntry> entries(Actor actor, boolean pendingOnly, PageRequest page) {
        Recipient recipient = recipient(actor, "notification.inbox");
        Instant now = clock.now();
        Page<Notification> found = notifications.addressedTo(recipient, pendingOnly, now, page);
        Set<Long> read = pendingOnly ? Set.of()
                : notifications.readAmong(recipient.accountId(),
                        found.items().stream().map(Notification::getId).toList());
        List<InboxEntry> items = found.items().stream().map(n -> entry(n, read.contains(n.getId()), now)).toList();
        return new Page<>(items, found.total());
    }

    @Override
    public long unreadCount(Actor actor) {
        return notifications.countPending(recipient(actor, "notification.inbox"), clock.now());
    }

    @Override
    public void markRead(Actor actor, long id) {
        Recipient recipient = recipient(actor, "notification.read");
        Notification notification = notifications.find(id)
                .filter(n -> n.getAudience().reaches(recipient))
                // Someone else's notification is as absent as one that does not exist: ids reveal nothing.
                .orElseThrow(() -> new RecordNotFoundException("Notification", id));
        notifications.markRead(notification.getId(), recipient.accountId(), clock.now());
    }

    private Recipient recipient(Actor actor, String action) {
        if (!actor.isSignedIn() || actor.accountId() == null) {
            access.deny(actor, action, null, null);
        }
        return new Recipient(actor.accountId(), actor.role(),
                actor.region() == null ? null : actor.region().getCode(), actor.organisationId());
    }

    private static InboxEntry entry(Notification n, boolean read, Instant now) {
        return new InboxEntry(n.getId(), n.getCategory(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(),
                read, n.expiredAt(now));
    }
}
