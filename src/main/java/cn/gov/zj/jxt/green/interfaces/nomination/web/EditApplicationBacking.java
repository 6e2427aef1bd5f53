package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationForm;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/applications/edit.xhtml: the applicant's form (004 §(十二)) — where it produces, its industry, its
 * route and institution, its key indicators against the industry's benchmarks, a park's facts, the evaluation
 * report — with every eligibility rule's outcome, so the applicant sees why she cannot submit yet. Read-only
 * once submitted, until it is returned.
 */
@Named
@ViewScoped
public class EditApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS;

    static {
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("productionRegion", "industry", "route", "institutionId", "legalBoundary",
                "unifiedManagement", "industrialShare", "cultivationPlan")) {
            fields.put(field, "application:" + field);
        }
        fields.put("file", "report:file");
        // A missing indicator is shown beside its value in the table's row (the rows follow Indicators.Kind).
        for (Indicators.Kind kind : Indicators.Kind.values()) {
            fields.put(ApplicationService.INDICATOR_FIELD_PREFIX + kind.name(),
                    "application:indicators:" + kind.ordinal() + ":value");
        }
        FIELDS = Map.copyOf(fields);
    }

    @Inject
    ApplicationService applications;

    private Long id;
    private Application application;
    private List<RuleOutcome> outcomes = List.of();
    private List<Engagement> engagements = List.of();

    private String productionRegion;
    private String industry;
    private Route route;
    private Long institutionId;
    private List<IndicatorRow> indicators = new ArrayList<>();
    private Boolean legalBoundary;
    private Boolean unifiedManagement;
    private BigDecimal industrialShare;
    private Boolean cultivationPlan;
    private transient Part report;

    public void load() {
        if (application != null) {
            return; // a postback of this view: keep what was typed
        }
        if (id == null) {
            Faces.redirect("/workspace/applications/index.xhtml");
            return;
        }
        refresh();
        productionRegion = application.getProductionRegion() == null ? null : application.getProductionRegion().getCode();
        industry = application.getIndustry();
        route = application.getRoute();
        institutionId = application.getInstitution() == null ? null : application.getInstitution().getId();
        indicators = new ArrayList<>(application.getIndicators().readings().stream().map(IndicatorRow::new).toList());
        legalBoundary = application.getParkFacts().getLegalBoundary();
        unifiedManagement = application.getParkFacts().getUnifiedManagement();
        industrialShare = application.getParkFacts().getIndustrialShare();
        cultivationPlan = application.getParkFacts().getCultivationPlan();
    }

    /** What the service holds now: the application, its rules' outcomes and its institutions' engagements. */
    private void refresh() {
        application = applications.get(id);
        outcomes = applications.eligibility(id);
        engagements = applications.engagements(id);
    }

    public void save() {
        if (store()) {
            Faces.info("workspace.applications.edit.saved");
        }
    }

    /** Saves what is typed, then submits it: what the applicant sees is what goes up the chain. */
    public void submit() {
        if (!store()) {
            return;
        }
        try {
            application = applications.submit(id, application.getVersion());
            Faces.info("workspace.applications.edit.submitted",
                    Faces.text("enum.ReviewStage." + application.currentStage()));
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        }
        refresh();
    }

    private boolean store() {
        try {
            application = applications.update(id, application.getVersion(), form());
            refresh();
            return true;
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            refresh();
            return false;
        }
    }

    /** The evaluation report (004 §(十二)), in a form of its own: a file upload is a multipart request. */
    public void uploadReport() {
        if (report == null || report.getSize() == 0) {
            Faces.error("report:file", "workspace.applications.edit.fileRequired");
            return;
        }
        try (InputStream in = report.getInputStream()) {
            applications.attachReport(id, report.getSubmittedFileName(), in);
            Faces.info("workspace.applications.edit.reportUploaded", report.getSubmittedFileName());
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        } catch (IOException e) {
            Faces.error("report:file", "workspace.applications.edit.uploadFailed");
        }
        refresh();
    }

    private ApplicationForm form() {
        Map<Indicators.Kind, IndicatorRow> rows = new HashMap<>();
        indicators.forEach(r -> rows.put(r.getKind(), r));
        IndicatorRow energy = rows.get(Indicators.Kind.ENERGY);
        IndicatorRow water = rows.get(Indicators.Kind.WATER);
        IndicatorRow resourceUse = rows.get(Indicators.Kind.RESOURCE_USE);
        IndicatorRow renewable = rows.get(Indicators.Kind.RENEWABLE_SHARE);
        IndicatorRow carbon = rows.get(Indicators.Kind.CARBON_INTENSITY);
        return new ApplicationForm(productionRegion, industry, route,
                route == Route.INSTITUTION ? institutionId : null,
                energy.getValue(), energy.getBenchmark(), water.getValue(), water.getBenchmark(),
                resourceUse.getValue(), resourceUse.getBenchmark(), renewable.getValue(), renewable.getBenchmark(),
                carbon.getValue(), carbon.getBenchmark(), legalBoundary, unifiedManagement, industrialShare,
                cultivationPlan);
    }

    public boolean isEditable() {
        return application.getStatus().editableByApplicant();
    }

    public boolean isPark() {
        return application.getUnitType() == UnitType.PARK;
    }

    /** 004 §(十) 2 and §(十一) 2: parks and supply-chain enterprises publish a cultivation plan. */
    public boolean isPlanAsked() {
        return application.getUnitType() == UnitType.PARK || application.getUnitType() == UnitType.SUPPLY_CHAIN;
    }

    /** Whether a rule bars submitting now: the applicant reads why in the outcomes table. */
    public boolean isBarred() {
        return outcomes.stream().anyMatch(RuleOutcome::barsApplication);
    }

    /** The engagement in force (requested or accepted), if any: the service keeps at most one. */
    public Engagement getEngagement() {
        return engagements.stream().filter(Engagement::inForce).findFirst().orElse(null);
    }

    public Route[] getRoutes() {
        return Route.values();
    }

    public List<Organisation> getInstitutions() {
        return applications.institutions();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Application getApplication() {
        return application;
    }

    public List<RuleOutcome> getOutcomes() {
        return outcomes;
    }

    public List<Engagement> getEngagements() {
        return engagements;
    }

    public String getProductionRegion() {
        return productionRegion;
    }

    public void setProductionRegion(String productionRegion) {
        this.productionRegion = productionRegion;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public Boolean getLegalBoundary() {
        return legalBoundary;
    }

    public void setLegalBoundary(Boolean legalBoundary) {
        this.legalBoundary = legalBoundary;
    }

    public Boolean getUnifiedManagement() {
        return unifiedManagement;
    }

    public void setUnifiedManagement(Boolean unifiedManagement) {
        this.unifiedManagement = unifiedManagement;
    }

    public BigDecimal getIndustrialShare() {
        return industrialShare;
    }

    public void setIndustrialShare(BigDecimal industrialShare) {
        this.industrialShare = industrialShare;
    }

    public Boolean getCultivationPlan() {
        return cultivationPlan;
    }

    public void setCultivationPlan(Boolean cultivationPlan) {
        this.cultivationPlan = cultivationPlan;
    }

    public Part getReport() {
        return report;
    }

    public void setReport(Part report) {
        this.report = report;
    }
}
