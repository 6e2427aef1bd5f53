package cn.gov.zj.jxt.green.domain.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that falls due at an instant: a reminder, a submission lock, the close of a period. The row is the
 * truth; a persistent EJB timer only triggers it, and a sweep at start-up triggers whatever fell due while the
 * server was down. It is done once: its effect runs in the transaction that marks it done.
 */
@Entity
@Table(name = "deadline")
@NamedQuery(name = "Deadline.due", query = "SELECT d FROM Deadline d WHERE d.doneAt IS NULL AND d.dueAt <= :now "
        + "ORDER BY d.dueAt, d.id")
@NamedQuery(name = "Deadline.pending", query = "SELECT d FROM Deadline d WHERE d.doneAt IS NULL ORDER BY d.dueAt, d.id")
@NamedQuery(name = "Deadline.ofSubject", query = "SELECT d FROM Deadline d WHERE d.subjectType = :type "
        + "AND d.subjectId = :id ORDER BY d.dueAt, d.id")
public class Deadline {

    @Id
    @SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(length = 500)
    private String outcome;

    protected Deadline() {
        // for JPA
    }

    public Deadline(String kind, String subjectType, long subjectId, Instant dueAt) {
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.dueAt = dueAt;
    }

    /** Moves a deadline not yet done, e.g. when a clerk extends a period. */
    public void reschedule(Instant newDueAt) {
        if (doneAt != null) {
            throw new IllegalStateException("deadline " + id + " is done");
        }
        this.dueAt = newDueAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
