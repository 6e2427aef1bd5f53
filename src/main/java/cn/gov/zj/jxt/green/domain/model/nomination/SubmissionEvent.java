package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of a city submission's history. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent implements Serializable {

    public enum Kind {
        LETTER_ISSUED,
        SUBMITTED,
        RETURNED,
        REMINDED,
        LOCKED,
        CITY_LIST_REPORTED
    }

    @Id
    @SequenceGenerator(name = "submission_event_seq", sequenceName = "submission_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private CitySubmission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind event;

    @Column(updatable = false, length = 2000)
    private String detail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id", updatable = false)
    private IssuedDocument letter;

    @Column(name = "acted_by", nullable = false, updatable = false, length = 40)
    private String actedBy;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected SubmissionEvent() {
        // for JPA
    }

    SubmissionEvent(CitySubmission submission, Kind event, String detail, IssuedDocument letter, String actedBy,
            Instant actedAt) {
        this.submission = submission;
        this.event = event;
        this.detail = detail;
        this.letter = letter;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getEvent() {
        return event;
    }

    public String getDetail() {
        return detail;
    }

    public IssuedDocument getLetter() {
        return letter;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
