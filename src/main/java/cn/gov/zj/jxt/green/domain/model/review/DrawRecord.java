package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The record of one random draw, kept for the discipline office (004 §(十五): 机关纪委进行现场监督): the seed, every
 * candidate in canonical order with the facts the rules read, every exclusion with its reason, and the choice in the
 * order drawn. {@link #replay()} runs the same pure functions again on the record alone; a record never changes
 * after it is made.
 */
@Entity
@Table(name = "review_draw")
@NamedQuery(name = "DrawRecord.all", query = "SELECT d FROM DrawRecord d ORDER BY d.drawnAt DESC, d.id DESC")
@NamedQuery(name = "DrawRecord.ofBatch", query = "SELECT d FROM DrawRecord d WHERE d.batch = :batch "
        + "ORDER BY d.drawnAt, d.id")
public class DrawRecord implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "review_draw_seq", sequenceName = "review_draw_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_draw_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private DrawKind kind;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    /** The application a panel is drawn for; {@code null} for an inspection sample. */
    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", updatable = false)
    private Application application;

    @Column(nullable = false, updatable = false)
    private long seed;

    /** Experts wanted (panels) or applications wanted (a sample by count). */
    @Column(name = "wanted", updatable = false)
    private Integer wanted;

    @Column(name = "share_percent", updatable = false)
    private Integer sharePercent;

    @Column(name = "exclude_same_city", nullable = false, updatable = false)
    private boolean excludeSameCity;

    @Column(name = "applicant_code", updatable = false, length = 18)
    private String applicantCode;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "institution_code", updatable = false, length = 18)
    private String institutionCode;

    @Column(name = "subject_city", updatable = false, length = 6)
    private String subjectCity;

    /** Experts already on the panel or declined from it when a replacement was drawn, ascending, comma-separated. */
    @Column(name = "prior_members", updatable = false, length = 2000)
    private String priorMembers;

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_draw_candidate", joinColumns = @JoinColumn(name = "draw_id"))
    @OrderColumn(name = "position")
    private List<DrawCandidate> candidates = new ArrayList<>();

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_draw_choice", joinColumns = @JoinColumn(name = "draw_id"))
    @OrderColumn(name = "position")
    @Column(name = "ref_id", nullable = false)
    private List<Long> chosen = new ArrayList<>();

    @Column(name = "drawn_by", nullable = false, updatable = false, length = 40)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    protected DrawRecord() {
        // for JPA
    }

    /**
     * Draws a panel (or a replacement) and records it. {@code labels} names each candidate for readers of the
     * record; it plays no part in the draw.
     */
    public static DrawRecord drawPanel(DrawKind kind, Batch batch, Application application, long seed, int size,
            boolean excludeSameCity, PanelDraw.Subject subject, List<PanelDraw.Candidate> candidates,
            Map<Long, String> labels, Set<Long> priorMembers, String by, Instant at) {
        if (kind == DrawKind.INSPECTION) {
            throw new IllegalArgumentException("not a panel draw");
        }
        PanelDraw.Outcome outcome = PanelDraw.run(seed, size, subject, candidates, excludeSameCity, priorMembers);
        Map<Long, PanelDraw.Conflict> excluded = outcome.exclusions().stream()
                .collect(Collectors.toMap(PanelDraw.Exclusion::id, PanelDraw.Exclusion::conflict));
        DrawRecord d = new DrawRecord(kind, batch, application, seed, by, at);
        d.wanted = size;
        d.excludeSameCity = excludeSameCity;
        d.applicantCode = subject.applicantCode();
        d.institutionId = subject.institutionId();
        d.institutionCode = subject.institutionCode();
        d.subjectCity = subject.cityCode();
        d.priorMembers = priorMembers.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        for (PanelDraw.Candidate c : candidates) {
            d.candidates.add(DrawCandidate.expert(c, labels.getOrDefault(c.id(), String.valueOf(c.id())),
                    excluded.get(c.id())));
        }
        d.chosen.addAll(outcome.chosen());
        return d;
    }

    /** Draws a batch's inspection sample and records it. */
    public static DrawRecord drawSample(Batch batch, long seed, Integer count, Integer sharePercent,
            List<InspectionSample.Candidate> candidates, Map<Long, String> labels, String by, Instant at) {
        DrawRecord d = new DrawRecord(DrawKind.INSPECTION, batch, null, seed, by, at);
        d.wanted = count;
        d.sharePercent = count == null ? sharePercent : null;
        for (InspectionSample.Candidate c : candidates) {
            d.candidates.add(DrawCandidate.application(c, labels.getOrDefault(c.id(), String.valueOf(c.id()))));
        }
        d.chosen.addAll(InspectionSample.run(seed, candidates, d.wanted, d.sharePercent));
        return d;
    }

    private DrawRecord(DrawKind kind, Batch batch, Application application, long seed, String by, Instant at) {
        this.kind = kind;
        this.batch = batch;
        this.application = application;
        this.seed = seed;
        this.drawnBy = by;
        this.drawnAt = at;
    }

    /** The draw run again from this record alone: what anyone holding the record would get. */
    public PanelDraw.Outcome replay() {
        if (kind == DrawKind.INSPECTION) {
            return new PanelDraw.Outcome(List.of(), InspectionSample.run(seed,
                    candidates.stream().map(DrawCandidate::asApplication).toList(), wanted, sharePercent));
        }
        PanelDraw.Subject subject = new PanelDraw.Subject(applicantCode, institutionId, institutionCode, subjectCity);
        Set<Long> prior = DrawCandidate.split(priorMembers).stream().map(Long::valueOf).collect(Collectors.toSet());
        return PanelDraw.run(seed, wanted, subject, candidates.stream().map(DrawCandidate::asExpert).toList(),
                excludeSameCity, prior);
    }

    /** The exclusions as recorded. */
    public List<PanelDraw.Exclusion> recordedExclusions() {
        return candidates.stream().filter(c -> c.getExclusion() != null)
                .map(c -> new PanelDraw.Exclusion(c.getRefId(), PanelDraw.Conflict.valueOf(c.getExclusion())))
                .toList();
    }

    /** Whether a replay gives exactly the recorded exclusions and the recorded choice in the recorded order. */
    public boolean reproduces() {
        PanelDraw.Outcome again = replay();
        return again.chosen().equals(chosen) && again.exclusions().equals(recordedExclusions());
    }

    @Override
    public String auditType() {
        return "DrawRecord";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("batch", batch.getId());
        state.put("application", application == null ? null : application.getId());
        state.put("seed", seed);
        state.put("wanted", wanted);
        state.put("sharePercent", sharePercent);
        state.put("excludeSameCity", excludeSameCity);
        state.put("candidates", candidates.stream().map(c -> String.valueOf(c.getRefId())).collect(Collectors.joining(",")));
        state.put("excluded", recordedExclusions().stream().map(e -> e.id() + ":" + e.conflict())
                .collect(Collectors.joining(",")));
        state.put("chosen", chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return state;
    }

    public Long getId() {
        return id;
    }

    public DrawKind getKind() {
        return kind;
    }

    public Batch getBatch() {
        return batch;
    }

    public Application getApplication() {
        return application;
    }

    public long getSeed() {
        return seed;
    }

    public Integer getWanted() {
        return wanted;
    }

    public Integer getSharePercent() {
        return sharePercent;
    }

    public boolean isExcludeSameCity() {
        return excludeSameCity;
    }

    public String getApplicantCode() {
        return applicantCode;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getSubjectCity() {
        return subjectCity;
    }

    public String getPriorMembers() {
        return priorMembers;
    }

    public List<DrawCandidate> getCandidates() {
        return List.copyOf(candidates);
    }

    public List<Long> getChosen() {
        return List.copyOf(chosen);
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }
}
