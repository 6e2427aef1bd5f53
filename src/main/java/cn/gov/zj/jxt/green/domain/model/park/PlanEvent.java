package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** One step of a plan's history: the park submitted it, or the province approved or returned it (with comments). */
@Embeddable
public class PlanEvent implements Serializable {

    public enum Kind {
        SUBMITTED,
        APPROVED,
        RETURNED,
        /** The province's acceptance (验收) passed. */
        ACCEPTED,
        /** The province's acceptance (验收) failed; the park rectifies and is accepted again. */
        NOT_ACCEPTED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "event_at", nullable = false)
    private Instant at;

    @Column(name = "event_by", nullable = false, length = 40)
    private String by;

    /** The province's comments; a return always has them. */
    @Column(name = "note", length = 2000)
    private String comment;

    protected PlanEvent() {
        // for JPA
    }

    PlanEvent(Kind kind, Instant at, String by, String comment) {
        this.kind = kind;
        this.at = at;
        this.by = by;
        this.comment = comment;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getComment() {
        return comment;
    }
}
