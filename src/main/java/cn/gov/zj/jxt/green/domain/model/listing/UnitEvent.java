package cn.gov.zj.jxt.green.domain.model.listing;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One line of a listed unit's history; written once, never changed. */
@Entity
@Table(name = "unit_event")
@NamedQuery(name = "UnitEvent.since", query = "SELECT e FROM UnitEvent e JOIN FETCH e.unit "
        + "WHERE e.occurredAt >= :since ORDER BY e.occurredAt DESC, e.id DESC")
public class UnitEvent implements Serializable {

    @Id
    @SequenceGenerator(name = "unit_event_seq", sequenceName = "unit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private ListedUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private UnitEventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** What changed, in the clerk's words or as declared (old and new name, the ground of a removal). */
    @Column(updatable = false, length = 500)
    private String detail;

    /** The document that made the change public, where there is one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", updatable = false)
    private IssuedDocument document;

    @Column(nullable = false, updatable = false, length = 40)
    private String actor;

    protected UnitEvent() {
        // for JPA
    }

    UnitEvent(ListedUnit unit, UnitEventKind kind, Instant occurredAt, String detail, IssuedDocument document,
            String actor) {
        this.unit = unit;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.detail = detail;
        this.document = document;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public ListedUnit getUnit() {
        return unit;
    }

    public UnitEventKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }

    public IssuedDocument getDocument() {
        return document;
    }

    public String getActor() {
        return actor;
    }
}
