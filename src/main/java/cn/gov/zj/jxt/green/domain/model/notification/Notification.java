package cn.gov.zj.jxt.green.domain.model.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;

/**
 * A message in the workspace of everyone its {@link Audience} reaches. Never changed once sent; who has read it is
 * kept apart ({@link NotificationRead}), per account.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.findByDedupeKey",
        query = "SELECT n FROM Notification n WHERE n.dedupeKey = :key")
public class Notification implements Audited {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_LINK = 500;
    public static final int MAX_DEDUPE_KEY = 200;
    public static final int MAX_CATEGORY = 60;

    /**
     * A page of the portal, as the workspace links it under the context path: starts with one slash, and holds no
     * backslash or blank (which browsers would read as another host or a broken link).
     */
    private static final Pattern PORTAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*");

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    /** What kind of message: a string key such as {@code deadline.reminder} or {@code announcement}. */
    @Column(nullable = false, length = MAX_CATEGORY)
    private String category;

    @Embedded
    private Audience audience;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 40)
    private String createdBy;

    @Column(name = "dedupe_key", unique = true, length = MAX_DEDUPE_KEY)
    private String dedupeKey;

    /**
     * When what it asks for can no longer be done: a reminder expires with the deadline it reminds of, and is then
     * no longer pending for anyone. Null for a notification that stays pending until read.
     */
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String category, Audience audience, String subject, String body, String link,
            String dedupeKey, Instant createdAt, String createdBy) {
        this(category, audience, subject, body, link, dedupeKey, createdAt, createdBy, null);
    }

    /** As above, no longer pending from {@code expiresAt} on (null: until read). */
    public Notification(String category, Audience audience, String subject, String body, String link,
            String dedupeKey, Instant createdAt, String createdBy, Instant expiresAt) {
        this.category = requireText(category, MAX_CATEGORY, "category");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.subject = requireText(subject, MAX_SUBJECT, "subject");
        this.body = body == null ? "" : body.strip();
        if (this.body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body longer than " + MAX_BODY);
        }
        this.link = link == null || link.isBlank() ? null : link.strip();
        if (this.link != null && !isPortalPath(this.link)) {
            throw new IllegalArgumentException("link is not a page of the portal: " + link);
        }
        this.dedupeKey = dedupeKey == null || dedupeKey.isBlank() ? null
                : requireText(dedupeKey, MAX_DEDUPE_KEY, "dedupeKey");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.expiresAt = expiresAt;
    }

    /** True once its deadline has passed: still in the inbox, but no longer something to act on. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * A subject put together from names that may each be long (an organisation's and a batch's titles take up to
     * 200 characters), cut to {@link #MAX_SUBJECT} with an ellipsis: telling someone must never fail the step that
     * tells, and the body and the linked page say it in full.
     */
    public static String shortSubject(String subject) {
        String clean = subject == null ? "" : subject.strip();
        return clean.length() <= MAX_SUBJECT ? clean : clean.substring(0, MAX_SUBJECT - 1) + "…";
    }

    /** True for a path of the portal such as {@code /workspace/notices/view.xhtml?id=50}; never another site. */
    public static boolean isPortalPath(String link) {
        return link != null && link.length() <= MAX_LINK && PORTAL_PATH.matcher(link).matches();
    }

    private static String requireText(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new IllegalArgumentException(name + " longer than " + max);
        }
        return clean;
    }

    @Override
    public String auditType() {
        return "Notification";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("category", category);
        state.put("audience", audience.toString());
        state.put("subject", subject);
        state.put("link", link);
        state.put("dedupeKey", dedupeKey);
        state.put("expiresAt", expiresAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
