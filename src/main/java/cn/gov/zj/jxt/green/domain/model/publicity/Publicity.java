package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publicity 公示 of one batch's proposed list (004 §(十六)): a period of calendar days from its start date to
 * 24:00 Asia/Shanghai of its last day, the list frozen as it was published, and the notice that announced it.
 * The state changes here are the rules; who may make them, and when, is the service's business.
 */
@Entity
@Table(name = "publicity")
@NamedQuery(name = "Publicity.all", query = "SELECT p FROM Publicity p ORDER BY p.startDate DESC, p.id DESC")
@NamedQuery(name = "Publicity.ofBatch", query = "SELECT p FROM Publicity p WHERE p.batch.id = :batch")
public class Publicity implements Audited {

    @Id
    @SequenceGenerator(name = "publicity_seq", sequenceName = "publicity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PublicityStatus status;

    @Column(name = "public_note", length = 500)
    private String publicNote;

    @Column(nullable = false, length = 300)
    private String contact;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "notice_document_id", nullable = false)
    private IssuedDocument notice;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "publication_document_id")
    private IssuedDocument publication;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @OneToMany(mappedBy = "publicity", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PublicityEntry> entries = new ArrayList<>();

    protected Publicity() {
        // for JPA
    }

    /** A period of {@code days} calendar days from {@code startDate}, listing {@code proposed} in their order. */
    public Publicity(Batch batch, String title, LocalDate startDate, int days, String contact,
            List<Application> proposed, String by, Instant at) {
        if (proposed.isEmpty()) {
            throw new IllegalArgumentException("nothing to publicise");
        }
        this.batch = batch;
        this.title = title;
        this.startDate = startDate;
        this.lastDay = PublicityPeriod.lastDay(startDate, days);
        this.endsAt = PublicityPeriod.endsAt(lastDay);
        this.contact = contact;
        this.status = PublicityStatus.SCHEDULED;
        this.createdBy = by;
        this.createdAt = at;
        for (Application application : proposed) {
            entries.add(new PublicityEntry(this, entries.size() + 1, application));
        }
    }

    /** The notice is issued after the period exists (it quotes the period and the list). */
    public void announcedBy(IssuedDocument document) {
        this.notice = document;
    }

    public Instant startsAt() {
        return PublicityPeriod.startsAt(startDate);
    }

    /** Whether an objection filed at {@code now} is in time: open, begun and not yet ended. */
    public boolean takesObjectionsAt(Instant now) {
        return (status == PublicityStatus.OPEN || status == PublicityStatus.SCHEDULED)
                && !now.isBefore(startsAt()) && now.isBefore(endsAt);
    }

    /** By the opening deadline; {@code false} if it is no longer scheduled (done before, or suspended). */
    public boolean open(Instant at) {
        if (status != PublicityStatus.SCHEDULED) {
            return false;
        }
        status = PublicityStatus.OPEN;
        openedAt = at;
        return true;
    }

    /**
     * By the closing deadline; {@code false} if it is not running: a suspended period waits for the clerk's resume
     * and its new end.
     */
    public boolean close(Instant at) {
        if (status != PublicityStatus.OPEN && status != PublicityStatus.SCHEDULED) {
            return false;
        }
        status = PublicityStatus.CLOSED;
        closedAt = at;
        return true;
    }

    /** A new last day, later than the current one, with the reason the public reads. */
    public void extend(LocalDate newLastDay, String reason) {
        if (status != PublicityStatus.SCHEDULED && status != PublicityStatus.OPEN) {
            throw new IllegalStateException("only a running period is extended");
        }
        if (!newLastDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("an extension ends later");
        }
        lastDay = newLastDay;
        endsAt = PublicityPeriod.endsAt(newLastDay);
        publicNote = reason;
    }

    public void suspend(String reason, Instant at) {
        if (status != PublicityStatus.OPEN && status != PublicityStatus.SCHEDULED) {
            throw new IllegalStateException("only a running period is suspended");
        }
        status = PublicityStatus.SUSPENDED;
        suspendedAt = at;
        publicNote = reason;
    }

    /**
     * Runs again until 24:00 of {@code newLastDay}, which must still lie ahead of {@code at} and may not come before
     * the current last day: the list is publicised for its 15 days (004 §(十六)), which a suspension interrupts and a
     * resume may make up for, never cut short. Open if its first day
     * has begun by {@code at}: a period suspended before its start and resumed after it has missed its opening
     * deadline, which found it suspended and left it so; before its start it is scheduled and that deadline opens it.
     */
    public void resume(LocalDate newLastDay, String reason, Instant at) {
        if (status != PublicityStatus.SUSPENDED) {
            throw new IllegalStateException("only a suspended period resumes");
        }
        if (newLastDay.isBefore(lastDay)) {
            throw new IllegalArgumentException("a resumed period ends no earlier than " + lastDay);
        }
        Instant newEnd = PublicityPeriod.endsAt(newLastDay);
        if (!newEnd.isAfter(at)) {
            throw new IllegalArgumentException("a resumed period ends in the future");
        }
        if (at.isBefore(startsAt())) {
            status = PublicityStatus.SCHEDULED;
        } else {
            status = PublicityStatus.OPEN;
            if (openedAt == null) {
                openedAt = at;
            }
        }
        lastDay = newLastDay;
        endsAt = newEnd;
        suspendedAt = null;
        publicNote = reason;
    }

    public void conclude(Instant at) {
        if (status != PublicityStatus.CLOSED) {
            throw new IllegalStateException("only a closed period is concluded");
        }
        status = PublicityStatus.CONCLUDED;
        concludedAt = at;
    }

    public void published(IssuedDocument document, LocalDate effective, Instant at) {
        if (status != PublicityStatus.CONCLUDED || publication != null) {
            throw new IllegalStateException("published once, after conclusion");
        }
        this.publication = document;
        this.effectiveDate = effective;
        this.publishedAt = at;
    }

    /**
     * Takes an entry off the list for an upheld objection; not once the period is concluded, when the list as it
     * stands is the one to publish.
     */
    public void withdraw(PublicityEntry entry, String reason, Instant at) {
        if (entry.getPublicity() != this) {
            throw new IllegalArgumentException("entry " + entry.getId() + " is not on this list");
        }
        requireNotConcluded();
        entry.withdraw(reason, at);
    }

    /** Objections are decided, and entries withdrawn, until the period is concluded. */
    void requireNotConcluded() {
        if (status == PublicityStatus.CONCLUDED) {
            throw new IllegalStateException("publicity " + id + " is concluded");
        }
    }

    public List<PublicityEntry> listed() {
        return entries.stream().filter(PublicityEntry::isListed).toList();
    }

    @Override
    public String auditType() {
        return "Publicity";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batch", batch.getId());
        state.put("status", status);
        state.put("startDate", startDate);
        state.put("lastDay", lastDay);
        state.put("publicNote", publicNote);
        state.put("listed", listed().stream().map(PublicityEntry::getId).toList());
        state.put("notice", notice == null ? null : notice.getId());
        state.put("publication", publication == null ? null : publication.getNumber());
        state.put("effectiveDate", effectiveDate);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Batch getBatch() {
        return batch;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public PublicityStatus getStatus() {
        return status;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getContact() {
        return contact;
    }

    public IssuedDocument getNotice() {
        return notice;
    }

    public IssuedDocument getPublication() {
        return publication;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<PublicityEntry> getEntries() {
        return List.copyOf(entries);
    }
}
