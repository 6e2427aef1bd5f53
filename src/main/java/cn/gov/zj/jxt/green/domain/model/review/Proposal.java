package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clerk's decision on whether a reviewed application goes on the batch's proposed list 拟入选名单, which is
 * then publicised (004 §(十六)). An exclusion carries its reason; the decision can be changed until publicity.
 */
@Entity
@Table(name = "review_proposal")
@NamedQuery(name = "Proposal.ofBatch", query = "SELECT p FROM Proposal p WHERE p.application.batch.id = :batch "
        + "ORDER BY p.application.city.sortOrder, p.application.unitType, p.application.id")
@NamedQuery(name = "Proposal.ofApplication", query = "SELECT p FROM Proposal p WHERE p.application = :application")
public class Proposal implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "review_proposal_seq", sequenceName = "review_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_proposal_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
    private Application application;

    @Column(nullable = false)
    private boolean included;

    @Column(length = 1000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 40)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Proposal() {
        // for JPA
    }

    public Proposal(Application application) {
        this.application = application;
    }

    public void decide(boolean included, String reason, String by, Instant at) {
        this.included = included;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    @Override
    public String auditType() {
        return "Proposal";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", application.getId());
        state.put("included", included);
        state.put("reason", reason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public boolean isIncluded() {
        return included;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
