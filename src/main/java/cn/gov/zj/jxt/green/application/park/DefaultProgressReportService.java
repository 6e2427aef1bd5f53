package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.ExpectedOutcomes;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.park.ProgressTotals;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlan;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlanRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultProgressReportService implements ProgressReportService {

    static final String TYPE = "ProgressReport";

    @Inject
    ProgressReportRepository reports;

    @Inject
    TransformationPlanRepository plans;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProgressPeriods periods;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public List<ProgressView> own() {
        Organisation park = park(currentActor.get(), "progress.own");
        return plans.findByOrganisation(park.getId()).map(p -> views(reports.ofPlan(p.getId()))).orElse(List.of());
    }

    @Override
    public ProgressView file(ProgressReportForm form) {
        Actor actor = currentActor.get();
        Organisation park = park(actor, "progress.file");
        validation.require(form);
        TransformationPlan plan = plans.findByOrganisation(park.getId())
                .filter(p -> p.getStatus() == PlanStatus.APPROVED)
                .orElseThrow(() -> new BusinessRuleException("progress.noApprovedPlan", park.getName()));
        ProgressReport report = reports.find(plan.getId(), form.year())
                .orElseThrow(() -> new BusinessRuleException("progress.notOpen", String.valueOf(form.year())));
        Instant now = clock.now();
        if (report.isFiled()) {
            throw new BusinessRuleException("progress.filed", park.getName(), String.valueOf(form.year()));
        }
        if (!report.isFileable(now)) {
            throw new BusinessRuleException("progress.notOpen", String.valueOf(form.year()));
        }
        Map<String, Object> before = report.auditState();
        report.file(new ExpectedOutcomes(form.energySaved(), form.waterSaved(), form.co2Reduced(),
                form.solidWasteReduced(), form.wastewaterReduced(), form.airPollutantsReduced(), form.energyPerGdp(),
                form.waterPerGdp(), form.solidWasteUtilisation()), form.narrative(), now, actor.name());
        audit.changed(report.isLate() ? "progress.fileLate" : "progress.file", report, before);
        return view(report, now);
    }

    @Override
    public List<ProgressView> ofPlan(long planId) {
        Actor actor = currentActor.get();
        TransformationPlan plan = plans.find(planId)
                .orElseThrow(() -> new RecordNotFoundException("TransformationPlan", planId));
        if (actor.is(Role.APPLICANT)) {
            if (!plan.getOrganisation().getId().equals(actor.organisationId())) {
                access.deny(actor, "progress.view", "TransformationPlan", planId);
            }
        } else {
            access.requireRole(actor, "progress.view", Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK,
                    Role.SUPERVISOR, Role.ADMIN);
            access.requireRegion(actor, "progress.view", plan.getOrganisation().getRegion(), "TransformationPlan",
                    planId);
        }
        return views(reports.ofPlan(planId));
    }

    @Override
    public YearView year(Integer year) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "progress.list", Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK,
                Role.SUPERVISOR, Role.ADMIN);
        List<ProgressReport> all = reports.list(actor.scope().restriction(), null);
        List<Integer> years = ProgressTotals.years(all);
        int shown = year != null ? year : years.isEmpty() ? clock.today().getYear() : years.get(0);
        List<ProgressReport> ofYear = all.stream().filter(r -> r.getYear() == shown).toList();
        Instant now = clock.now();
        return new YearView(shown, years, ProgressTotals.province(shown, ofYear, now),
                ProgressTotals.byCity(shown, ofYear, now), ofYear.stream().map(r -> view(r, now)).toList());
    }

    @Override
    public List<ProgressTotals> provinceTotals() {
        List<ProgressReport> all = reports.list(null, null);
        Instant now = clock.now();
        return ProgressTotals.years(all).stream().map(y -> ProgressTotals.province(y, all, now)).toList();
    }

    @Override
    public void ensureCurrentYear() {
        currentActor.runAsSystem(() -> {
            int year = clock.today().getYear();
            for (TransformationPlan plan : plans.list(null, PlanStatus.APPROVED)) {
                if (!plan.isAccepted()) {
                    periods.open(plan, year);
                }
            }
            return null;
        });
    }

    /** The acting applicant's organisation, which must be a park. */
    private Organisation park(Actor actor, String action) {
        access.requireRole(actor, action, Role.APPLICANT);
        if (actor.organisationId() == null) {
            access.deny(actor, action, null, null);
        }
        Organisation organisation = organisations.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFoundException("Organisation", actor.organisationId()));
        if (organisation.getType() != OrganisationType.PARK) {
            throw new BusinessRuleException("plan.parksOnly");
        }
        return organisation;
    }

    private List<ProgressView> views(List<ProgressReport> list) {
        Instant now = clock.now();
        return list.stream().sorted(Comparator.comparingInt(ProgressReport::getYear).reversed())
                .map(r -> view(r, now)).toList();
    }

    private static ProgressView view(ProgressReport report, Instant now) {
        Organisation park = report.getPlan().getOrganisation();
        return new ProgressView(report.getId(), report.getPlan().getId(), park.getName(), park.getRegion(),
                report.getYear(), report.getDueAt(), report.getFiledAt(), report.isLate(),
                report.getOverdueAt() != null, report.isOutstanding(now), report.getAchieved(), report.getNarrative(),
                report.isFileable(now));
    }
}
