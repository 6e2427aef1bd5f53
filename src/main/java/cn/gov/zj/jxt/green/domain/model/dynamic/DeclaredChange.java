package cn.gov.zj.jxt.green.domain.model.dynamic;

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

/** A change declared on a dynamic management form (004 §(二十)), which the city confirms or finds disqualifying. */
@Entity
@Table(name = "declared_change")
public class DeclaredChange implements Serializable {

    @Id
    @SequenceGenerator(name = "declared_change_seq", sequenceName = "declared_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declared_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private DynamicForm form;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private ChangeKind kind;

    @Column(nullable = false, updatable = false, length = 1000)
    private String description;

    /** For a name change: the name the unit is to be listed under. */
    @Column(name = "new_name", updatable = false, length = 200)
    private String newName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeStatus status = ChangeStatus.DECLARED;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    protected DeclaredChange() {
        // for JPA
    }

    DeclaredChange(DynamicForm form, int position, ChangeKind kind, String description, String newName) {
        this.form = form;
        this.position = position;
        this.kind = kind;
        this.description = description;
        this.newName = newName;
    }

    /** Records the city's decision; a change is decided once. */
    public void decide(ChangeStatus decision, Instant at, String actor) {
        if (status != ChangeStatus.DECLARED) {
            throw new IllegalStateException("change " + id + " is already " + status);
        }
        if (decision == ChangeStatus.DECLARED) {
            throw new IllegalArgumentException("a decision accepts or proposes removal");
        }
        this.status = decision;
        this.decidedAt = at;
        this.decidedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public DynamicForm getForm() {
        return form;
    }

    public int getPosition() {
        return position;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getNewName() {
        return newName;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
