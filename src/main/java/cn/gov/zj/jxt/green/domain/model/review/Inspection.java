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

/**
 * An on-site inspection 现场核查 of a sampled application (004 §(十五): 核查申报单位整体布局、工艺设备、环保设施，以及前期
 * 审查过程中待确认问题) and its result with the findings.
 */
@Entity
@Table(name = "review_inspection")
@NamedQuery(name = "Inspection.ofBatch", query = "SELECT i FROM Inspection i WHERE i.application.batch.id = :batch "
        + "ORDER BY i.id")
@NamedQuery(name = "Inspection.ofApplication", query = "SELECT i FROM Inspection i WHERE i.application = :application")
public class Inspection implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "review_inspection_seq", sequenceName = "review_inspection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_inspection_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
    private Application application;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "draw_id", nullable = false, updatable = false)
    private DrawRecord draw;

    /** Included because an earlier stage flagged it, not by chance. */
    @Column(nullable = false, updatable = false)
    private boolean flagged;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private InspectionResult result;

    @Column(length = 4000)
    private String findings;

    @Column(name = "recorded_by", length = 40)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Inspection() {
        // for JPA
    }

    public Inspection(Application application, DrawRecord draw, boolean flagged) {
        this.application = application;
        this.draw = draw;
        this.flagged = flagged;
    }

    public void record(InspectionResult result, String findings, String by, Instant at) {
        this.result = result;
        this.findings = findings;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean passed() {
        return result == InspectionResult.CONFIRMED;
    }

    @Override
    public String auditType() {
        return "Inspection";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", application.getId());
        state.put("draw", draw.getId());
        state.put("flagged", flagged);
        state.put("result", result);
        state.put("findings", findings);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public DrawRecord getDraw() {
        return draw;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public InspectionResult getResult() {
        return result;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
