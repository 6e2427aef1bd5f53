package cn.gov.zj.jxt.green.interfaces.report.web;

import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.ReportConclusion;
import cn.gov.zj.jxt.green.domain.model.report.ReporterIdentity;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * workspace/reports/view.xhtml?id=…: one case. A clerk of its city takes it (or gives it to a colleague), verifies
 * and concludes it, and records the follow-up of a rectification; a provincial clerk publishes an institution's
 * confirmed case. The reporter's identity is shown only when the handler or a provincial clerk asks for it, and only
 * for this request: every showing is a reading the service audits.
 */
@Named
@ViewScoped
public class ViewReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("handler", "assign:handler",
            "verification", "verify:verification", "conclusion", "conclude:conclusion",
            "finding", "conclude:finding", "removalGround", "conclude:removalGround",
            "followUpDue", "conclude:followUpDue", "followUpNote", "followUp:note");

    @Inject
    NamedReportService reports;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private transient NamedReport report;
    private transient ReporterIdentity identity;
    private String handler;
    private String verification;
    private ReportConclusion conclusion;
    private String finding;
    private RemovalGround removalGround;
    private LocalDate followUpDue;
    private String followUpNote;

    public void load() {
        report = reports.get(id == null ? -1 : id);
        if (verification == null) {
            verification = report.getVerification();
        }
    }

    /** Shows the identity in this response only; it is not kept in the view state. */
    public void revealIdentity() {
        act(() -> identity = reports.identity(id), null);
    }

    public void take() {
        act(() -> reports.take(id), "workspace.reports.taken");
    }

    public void assign() {
        act(() -> reports.assign(id, handler), "workspace.reports.assigned");
    }

    public void verify() {
        act(() -> reports.verify(id, verification), "workspace.reports.verified");
    }

    public void conclude() {
        act(() -> reports.conclude(id, new ConclusionForm(conclusion, finding, removalGround, followUpDue)),
                "workspace.reports.concluded");
    }

    public void recordFollowUp() {
        act(() -> reports.recordFollowUp(id, followUpNote), "workspace.reports.followedUp");
    }

    public void publish() {
        act(() -> reports.publish(id), "workspace.reports.published");
    }

    private void act(Runnable action, String done) {
        // Whatever was shown goes with the next action: only an explicit (audited) reading shows it again.
        identity = null;
        try {
            action.run();
            if (done != null) {
                Faces.info(done);
            }
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        } finally {
            load();
        }
    }

    /** The handler of this case, or a provincial clerk: the service decides, the page only offers. */
    public boolean isIdentityReader() {
        return currentActor.get().is(Role.PROVINCE_CLERK)
                || currentActor.get().is(Role.CITY_CLERK) && currentActor.get().name().equals(getReport().getHandler());
    }

    public boolean isHandler() {
        return currentActor.get().is(Role.CITY_CLERK) && currentActor.get().name().equals(getReport().getHandler());
    }

    public boolean isCityClerk() {
        return currentActor.get().is(Role.CITY_CLERK);
    }

    public boolean isProvinceClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    /** The conclusions open to this case's kind of subject. */
    public List<ReportConclusion> getConclusions() {
        return Arrays.stream(ReportConclusion.values()).filter(c -> c.allowedFor(getReport().getSubject())).toList();
    }

    public RemovalGround[] getRemovalGrounds() {
        return RemovalGround.values();
    }

    public NamedReport getReport() {
        if (report == null) {
            load();
        }
        return report;
    }

    public ReporterIdentity getIdentity() {
        return identity;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getVerification() {
        return verification;
    }

    public void setVerification(String verification) {
        this.verification = verification;
    }

    public ReportConclusion getConclusion() {
        return conclusion;
    }

    public void setConclusion(ReportConclusion conclusion) {
        this.conclusion = conclusion;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public RemovalGround getRemovalGround() {
        return removalGround;
    }

    public void setRemovalGround(RemovalGround removalGround) {
        this.removalGround = removalGround;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }
}
