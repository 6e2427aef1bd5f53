package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's application (申报) in a batch: how it evaluates itself (004 §(十二)), its evaluation report,
 * its key indicators and, for a park, its facts; then its way up the chain — county and city for a factory, the
 * city for a park or supply-chain enterprise (003 §二(二)) — each step kept in {@link #getReviews()}.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.ofOrganisation", query = "SELECT a FROM Application a "
        + "WHERE a.organisation.id = :organisation ORDER BY a.batch.year DESC, a.id DESC")
@NamedQuery(name = "Application.find", query = "SELECT a FROM Application a WHERE a.batch = :batch "
        + "AND a.organisation.id = :organisation")
@NamedQuery(name = "Application.countNominated", query = "SELECT COUNT(a) FROM Application a WHERE a.batch = :batch "
        + "AND a.city.code = :city AND a.status = cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus.NOMINATED")
@NamedQuery(name = "Application.nominated", query = "SELECT a FROM Application a WHERE a.batch = :batch "
        + "AND a.city.code = :city AND a.status = cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus.NOMINATED "
        + "ORDER BY a.unitType, a.nominatedAt, a.id")
// The provincial review's subjects, in one statement with what a list of them shows (the organisation, the institution).
@NamedQuery(name = "Application.underReview", query = "SELECT a FROM Application a JOIN FETCH a.organisation "
        + "LEFT JOIN FETCH a.institution WHERE a.batch = :batch "
        + "AND a.status = cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus.NOMINATED "
        + "AND EXISTS (SELECT s FROM CitySubmission s WHERE s.batch = a.batch AND s.city = a.city "
        + "AND s.status = cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus.SUBMITTED) "
        + "ORDER BY a.city.sortOrder, a.unitType, a.nominatedAt, a.id")
public class Application implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, updatable = false, length = 20)
    private UnitType unitType;

    /** The organisation's county (or city) when it applied: who reviews it. */
    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code", nullable = false, updatable = false)
    private Region region;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    /** Where it actually produces (004 §(九) 1: registered and producing in the province). */
    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "production_region")
    private Region productionRegion;

    /** 行业, a column of the summary table (seed 003 附件2). */
    @Column(length = 60)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Route route = Route.SELF_EVALUATION;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "institution_id")
    private Organisation institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "report_name", length = 200)
    private String reportName;

    @Column(name = "report_sha256", length = 64)
    private String reportSha256;

    @Column(name = "report_size")
    private Long reportSize;

    @Embedded
    private Indicators indicators = new Indicators();

    @Embedded
    private ParkFacts parkFacts = new ParkFacts();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "nominated_at")
    private Instant nominatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("decidedAt, id")
    private List<ReviewStep> reviews = new ArrayList<>();

    protected Application() {
        // for JPA
    }

    public Application(Batch batch, Organisation organisation, Region city, Instant createdAt) {
        this.batch = batch;
        this.organisation = organisation;
        this.unitType = UnitType.of(organisation.getType());
        this.region = organisation.getRegion();
        this.city = city;
        this.productionRegion = organisation.getRegion();
        this.createdAt = createdAt;
    }

    /** The applicant's details, changeable while it holds the application. */
    public void describe(Region productionRegion, String industry, Route route, Organisation institution,
            Indicators indicators, ParkFacts parkFacts) {
        requireEditable();
        this.productionRegion = productionRegion;
        this.industry = industry;
        this.route = route;
        this.institution = route == Route.INSTITUTION ? institution : null;
        this.indicators = indicators == null ? new Indicators() : indicators;
        this.parkFacts = parkFacts == null ? new ParkFacts() : parkFacts;
    }

    public void attachReport(String name, String sha256, long size) {
        requireEditable();
        this.reportName = name;
        this.reportSha256 = sha256;
        this.reportSize = size;
    }

    /** The first stage that reviews it: the county for a factory of a county, otherwise the city. */
    public ReviewStage firstStage() {
        return unitType.countyReviewed() && !region.equals(city) ? ReviewStage.COUNTY : ReviewStage.CITY;
    }

    /** The stage it waits on, or {@code null} when no one is reviewing it. */
    public ReviewStage currentStage() {
        return switch (status) {
            case AT_COUNTY -> ReviewStage.COUNTY;
            case AT_CITY -> ReviewStage.CITY;
            default -> null;
        };
    }

    public void submit(Instant at) {
        requireEditable();
        this.status = firstStage() == ReviewStage.COUNTY ? ApplicationStatus.AT_COUNTY : ApplicationStatus.AT_CITY;
        this.submittedAt = at;
    }

    /** Records a reviewer's decision at the stage it waits on and moves it on or back. */
    public ReviewStep review(ReviewDecision decision, String comment, String by, Instant at) {
        ReviewStage stage = currentStage();
        if (stage == null) {
            throw new IllegalStateException("application " + id + " is not under review");
        }
        ReviewStep step = new ReviewStep(this, stage, decision, comment, by, at);
        reviews.add(step);
        if (decision == ReviewDecision.RETURNED) {
            status = ApplicationStatus.RETURNED;
        } else {
            status = stage == ReviewStage.COUNTY ? ApplicationStatus.AT_CITY : ApplicationStatus.APPROVED;
        }
        return step;
    }

    public void nominate(Instant at) {
        if (status != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("only an approved application can be nominated");
        }
        status = ApplicationStatus.NOMINATED;
        nominatedAt = at;
    }

    public void withdrawNomination() {
        if (status != ApplicationStatus.NOMINATED) {
            throw new IllegalStateException("application " + id + " is not nominated");
        }
        status = ApplicationStatus.APPROVED;
        nominatedAt = null;
    }

    private void requireEditable() {
        if (!status.editableByApplicant()) {
            throw new IllegalStateException("application " + id + " is " + status);
        }
    }

    @Override
    public String auditType() {
        return "Application";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batch", batch.getId());
        state.put("organisation", organisation.getCreditCode());
        state.put("unitType", unitType);
        state.put("status", status);
        state.put("route", route);
        state.put("institution", institution == null ? null : institution.getCreditCode());
        state.put("productionRegion", productionRegion == null ? null : productionRegion.getCode());
        state.put("industry", industry);
        state.put("report", reportSha256);
        for (Indicators.Reading reading : getIndicators().readings()) {
            state.put(reading.kind().name(), reading.value() + "/" + reading.benchmark());
        }
        ParkFacts park = getParkFacts();
        state.put("legalBoundary", park.getLegalBoundary());
        state.put("unifiedManagement", park.getUnifiedManagement());
        state.put("industrialShare", park.getIndustrialShare());
        state.put("cultivationPlan", park.getCultivationPlan());
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Batch getBatch() {
        return batch;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public Region getRegion() {
        return region;
    }

    public Region getCity() {
        return city;
    }

    public Region getProductionRegion() {
        return productionRegion;
    }

    public String getIndustry() {
        return industry;
    }

    public Route getRoute() {
        return route;
    }

    /**
     * The key indicators a submission must give with their benchmarks: a factory benchmarks energy, water, resource
     * use, renewable share and carbon intensity against its industry (003 §一(二), read by
     * {@link EligibilityRule#INDICATORS_LEADING}); a park and a supply-chain enterprise state their own facts instead.
     */
    public java.util.List<Indicators.Kind> missingIndicators() {
        if (unitType != UnitType.FACTORY) {
            return java.util.List.of();
        }
        return getIndicators().readings().stream().filter(r -> !r.complete()).map(Indicators.Reading::kind).toList();
    }

    public Organisation getInstitution() {
        return institution;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getReportName() {
        return reportName;
    }

    public String getReportSha256() {
        return reportSha256;
    }

    public Long getReportSize() {
        return reportSize;
    }

    /**
     * Never {@code null}: JPA reads an embeddable whose columns are all empty as {@code null}, and a blank one is
     * answered then without being assigned — assigning it would count as a change and raise the version.
     */
    public Indicators getIndicators() {
        return indicators == null ? new Indicators() : indicators;
    }

    /** Never {@code null}, as {@link #getIndicators()}. */
    public ParkFacts getParkFacts() {
        return parkFacts == null ? new ParkFacts() : parkFacts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public List<ReviewStep> getReviews() {
        return List.copyOf(reviews);
    }
}
