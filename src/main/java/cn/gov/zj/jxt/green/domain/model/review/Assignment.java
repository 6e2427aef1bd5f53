package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An expert's seat on the panel of one application, from the draw that chose him. */
@Entity
@Table(name = "review_assignment")
@NamedQuery(name = "Assignment.ofApplication", query = "SELECT a FROM Assignment a WHERE a.application = :application "
        + "ORDER BY a.id")
@NamedQuery(name = "Assignment.ofExpert", query = "SELECT a FROM Assignment a WHERE a.expert = :expert "
        + "AND a.status = cn.gov.zj.jxt.green.domain.model.review.AssignmentStatus.ACTIVE ORDER BY a.id DESC")
@NamedQuery(name = "Assignment.panelSizes", query = "SELECT a.application.id, COUNT(a) FROM Assignment a "
        + "WHERE a.application.batch.id = :batch "
        + "AND a.status = cn.gov.zj.jxt.green.domain.model.review.AssignmentStatus.ACTIVE GROUP BY a.application.id")
public class Assignment implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "review_assignment_seq", sequenceName = "review_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_assignment_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "expert_id", nullable = false, updatable = false)
    private Expert expert;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "draw_id", nullable = false, updatable = false)
    private DrawRecord draw;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status = AssignmentStatus.ACTIVE;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "declined_by", length = 40)
    private String declinedBy;

    @Column(name = "declined_at")
    private Instant declinedAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(Application application, Expert expert, DrawRecord draw) {
        this.application = application;
        this.expert = expert;
        this.draw = draw;
    }

    public boolean active() {
        return status == AssignmentStatus.ACTIVE;
    }

    public void decline(String reason, String by, Instant at) {
        if (!active()) {
            throw new IllegalStateException("assignment " + id + " is " + status);
        }
        status = AssignmentStatus.DECLINED;
        declineReason = reason;
        declinedBy = by;
        declinedAt = at;
    }

    @Override
    public String auditType() {
        return "Assignment";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", application.getId());
        state.put("expert", expert.getId());
        state.put("draw", draw.getId());
        state.put("status", status);
        state.put("declineReason", declineReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public Expert getExpert() {
        return expert;
    }

    public DrawRecord getDraw() {
        return draw;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }
}
