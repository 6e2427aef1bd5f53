package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** One step of a pilot application's history, with who recorded it and the note they gave. */
@Embeddable
public class PilotEvent implements Serializable {

    public enum Kind {
        SUBMITTED,
        ELIGIBLE,
        INELIGIBLE,
        RECOMMENDED,
        RECOMMENDATION_WITHDRAWN,
        APPROVED_AS_PILOT,
        NOT_SELECTED,
        PLAN_FILED,
        CHECKED,
        ACCEPTED,
        RE_REVIEW_PASSED,
        TITLE_WITHDRAWN
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "event_at", nullable = false)
    private Instant at;

    @Column(name = "event_by", nullable = false, length = 40)
    private String by;

    @Column(name = "note", length = 2000)
    private String note;

    protected PilotEvent() {
        // for JPA
    }

    PilotEvent(Kind kind, Instant at, String by, String note) {
        this.kind = kind;
        this.at = at;
        this.by = by;
        this.note = note;
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

    public String getNote() {
        return note;
    }
}
