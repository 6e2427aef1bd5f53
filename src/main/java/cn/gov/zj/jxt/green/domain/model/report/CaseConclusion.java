package cn.gov.zj.jxt.green.domain.model.report;

import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the handler concluded a named report, and what goes with each conclusion: a removal proposal names its
 * ground, a rectification the date of its follow-up, and an institution's case is unfounded or reported to the
 * province. Never changed once made.
 */
@Embeddable
public class CaseConclusion implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion", length = 24)
    private ReportConclusion kind;

    @Column(name = "finding", length = 2000)
    private String finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_ground", length = 30)
    private RemovalGround removalGround;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "concluded_by", length = 40)
    private String concludedBy;

    protected CaseConclusion() {
        // for JPA
    }

    /** @throws IllegalArgumentException if the conclusion does not fit the subject or misses what goes with it */
    public CaseConclusion(ReportSubject subject, ReportConclusion kind, String finding, RemovalGround ground,
            LocalDate followUpDue, String by, Instant at) {
        if (!kind.allowedFor(subject)) {
            throw new IllegalArgumentException(kind + " does not conclude a report about a " + subject);
        }
        if ((kind == ReportConclusion.REMOVAL_PROPOSED) != (ground != null)) {
            throw new IllegalArgumentException("a removal ground goes with a removal proposal, and only with it");
        }
        if ((kind == ReportConclusion.RECTIFICATION_REQUIRED) != (followUpDue != null)) {
            throw new IllegalArgumentException("a follow-up date goes with a rectification, and only with it");
        }
        this.kind = kind;
        this.finding = Objects.requireNonNull(finding);
        this.removalGround = ground;
        this.followUpDue = followUpDue;
        this.concludedBy = by;
        this.concludedAt = at;
    }

    public ReportConclusion getKind() {
        return kind;
    }

    public String getFinding() {
        return finding;
    }

    public RemovalGround getRemovalGround() {
        return removalGround;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public String getConcludedBy() {
        return concludedBy;
    }
}
