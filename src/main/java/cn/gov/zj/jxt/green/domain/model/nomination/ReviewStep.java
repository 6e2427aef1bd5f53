package cn.gov.zj.jxt.green.domain.model.nomination;

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

/** One reviewer's decision on an application at one stage; never changed once made. */
@Entity
@Table(name = "review_step")
public class ReviewStep implements Serializable {

    @Id
    @SequenceGenerator(name = "review_step_seq", sequenceName = "review_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private ReviewStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private ReviewDecision decision;

    @Column(name = "review_comment", updatable = false, length = 2000)
    private String comment;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 40)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewStep() {
        // for JPA
    }

    ReviewStep(Application application, ReviewStage stage, ReviewDecision decision, String comment, String decidedBy,
            Instant decidedAt) {
        this.application = application;
        this.stage = stage;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
