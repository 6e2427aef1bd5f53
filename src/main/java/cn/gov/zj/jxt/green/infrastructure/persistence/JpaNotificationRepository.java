package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.notification.NotificationRead;
import cn.gov.zj.jxt.green.domain.model.notification.NotificationRepository;
import cn.gov.zj.jxt.green.domain.model.notification.Recipient;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
        em.flush();
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public Optional<Notification> findByDedupeKey(String dedupeKey) {
        return em.createNamedQuery("Notification.findByDedupeKey", Notification.class)
                .setParameter("key", dedupeKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Notification> addressedTo(Recipient recipient, boolean pendingOnly, Instant now, PageRequest page) {
        String where = where(recipient, pendingOnly);
        long total = bind(em.createQuery("SELECT COUNT(n) FROM Notification n WHERE " + where, Long.class),
                recipient, pendingOnly ? now : null).getSingleResult();
        List<Notification> items = bind(em.createQuery("SELECT n FROM Notification n WHERE " + where
                + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class), recipient, pendingOnly ? now : null)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, total);
    }

    @Override
    public long countPending(Recipient recipient, Instant now) {
        return bind(em.createQuery("SELECT COUNT(n) FROM Notification n WHERE " + where(recipient, true),
                Long.class), recipient, now).getSingleResult();
    }

    /**
     * The same rule as {@link Audience#reaches}, as a query. Clauses for a region or organisation the recipient does
     * not have are left out rather than compared with null, which the provider might turn into IS NULL.
     */
    private static String where(Recipient recipient, boolean pendingOnly) {
        StringBuilder where = new StringBuilder("((n.audience.kind = cn.gov.zj.jxt.green.domain.model.notification"
                + ".Audience.Kind.ACCOUNT AND n.audience.accountId = :account)"
                + " OR (n.audience.kind = cn.gov.zj.jxt.green.domain.model.notification.Audience.Kind.ROLE"
                + " AND n.audience.role = :role AND (n.audience.regionCode IS NULL");
        if (recipient.regionCode() != null) {
            where.append(" OR n.audience.regionCode = :region");
        }
        where.append("))");
        if (recipient.organisationId() != null) {
            where.append(" OR (n.audience.kind = cn.gov.zj.jxt.green.domain.model.notification.Audience.Kind"
                    + ".ORGANISATION AND n.audience.organisationId = :organisation)");
        }
        where.append(")");
        if (pendingOnly) {
            where.append(" AND NOT EXISTS (SELECT r FROM NotificationRead r"
                    + " WHERE r.notificationId = n.id AND r.accountId = :account)"
                    + " AND (n.expiresAt IS NULL OR n.expiresAt > :now)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Recipient recipient, Instant now) {
        query.setParameter("account", recipient.accountId()).setParameter("role", recipient.role());
        if (now != null) {
            query.setParameter("now", now);
        }
        if (recipient.regionCode() != null) {
            query.setParameter("region", recipient.regionCode());
        }
        if (recipient.organisationId() != null) {
            query.setParameter("organisation", recipient.organisationId());
        }
        return query;
    }

    @Override
    public Set<Long> readAmong(long accountId, Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.notificationId FROM NotificationRead r"
                + " WHERE r.accountId = :account AND r.notificationId IN :ids", Long.class)
                .setParameter("account", accountId)
                .setParameter("ids", notificationIds)
                .getResultList());
    }

    @Override
    public boolean markRead(long notificationId, long accountId, Instant when) {
        if (em.find(NotificationRead.class, new NotificationRead.Key(notificationId, accountId)) != null) {
            return false;
        }
        em.persist(new NotificationRead(notificationId, accountId, when));
        return true;
    }

    /**
     * The query only narrows the accounts down (by id, role or organisation); whether the audience reaches each one
     * is {@link Audience#reaches}'s decision, so that mail goes exactly where the inbox shows the notification.
     */
    @Override
    public List<Account> accountsReached(Audience audience) {
        TypedQuery<Account> candidates = switch (audience.getKind()) {
            case ACCOUNT -> em.createQuery("SELECT a FROM Account a WHERE a.id = :id", Account.class)
                    .setParameter("id", audience.getAccountId());
            case ROLE -> em.createQuery("SELECT a FROM Account a WHERE a.role = :role", Account.class)
                    .setParameter("role", audience.getRole());
            case ORGANISATION -> em.createQuery("SELECT a FROM Account a WHERE a.organisation.id = :organisation",
                    Account.class).setParameter("organisation", audience.getOrganisationId());
        };
        return candidates.getResultList().stream()
                .filter(Account::isEnabled)
                .filter(a -> audience.reaches(new Recipient(a.getId(), a.getRole(),
                        a.getRegion() == null ? null : a.getRegion().getCode(),
                        a.getOrganisation() == null ? null : a.getOrganisation().getId())))
                .toList();
    }
}
