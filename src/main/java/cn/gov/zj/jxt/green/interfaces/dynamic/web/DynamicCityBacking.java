package cn.gov.zj.jxt.green.interfaces.dynamic.web;

import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * workspace/dynamic/city.xhtml: the city reviews its units' forms and each declared change, concludes re-reviews
 * and proposes removals with ground and evidence.
 */
@Named
@ViewScoped
public class DynamicCityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DynamicManagementService dynamic;

    @Inject
    RemovalService removals;

    @Inject
    PortalClock clock;

    private Integer year;
    private String note;
    private Long unitId;
    private RemovalGround ground;
    private String reason;
    private transient Part evidence;

    public int getYear() {
        if (year == null) {
            // The forms under review are this calendar year's, filed by April 15.
            year = clock.today().getYear();
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<DynamicForm> getForms() {
        return dynamic.formsOfCity(getYear());
    }

    public List<ListedUnit> getNotFiled() {
        return dynamic.notFiledInCity(getYear());
    }

    public List<ReReviewTask> getReReviews() {
        return dynamic.reReviewsOfCity();
    }

    public List<ListedUnit> getEntries() {
        return dynamic.entriesOfCity();
    }

    public List<RemovalProposal> getProposals() {
        return removals.proposalsOfCity();
    }

    public List<RemovalGround> getGrounds() {
        return Arrays.stream(RemovalGround.values()).filter(g -> g != RemovalGround.NO_FORM).toList();
    }

    public void review(long formId) {
        act(() -> dynamic.review(formId, note), "workspace.dynamic.city.reviewed");
    }

    public void accept(long changeId) {
        act(() -> dynamic.acceptChange(changeId), "workspace.dynamic.city.accepted");
    }

    public void proposeForChange(long changeId) {
        act(() -> dynamic.proposeRemovalForChange(changeId, note), "workspace.dynamic.city.proposed");
    }

    public void pass(long taskId) {
        act(() -> dynamic.concludeReReview(taskId, true, note), "workspace.dynamic.city.reReviewed");
    }

    public void fail(long taskId) {
        act(() -> dynamic.concludeReReview(taskId, false, note), "workspace.dynamic.city.proposed");
    }

    public void propose() {
        if (unitId == null) {
            Faces.error("propose:unit", "workspace.dynamic.city.unitRequired");
            return;
        }
        try {
            if (evidence == null || evidence.getSize() == 0) {
                removals.propose(unitId, ground, reason, null, null);
            } else {
                try (InputStream in = evidence.getInputStream()) {
                    removals.propose(unitId, ground, reason, evidence.getSubmittedFileName(), in);
                }
            }
            Faces.info("workspace.dynamic.city.proposed");
            unitId = null;
            ground = null;
            reason = null;
        } catch (PortalException e) {
            Faces.show(e, Map.of("ground", "propose:ground", "reason", "propose:reason"));
        } catch (IOException e) {
            Faces.error("propose:evidence", "workspace.exclusions.uploadFailed");
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Faces.info(done);
            note = null;
        } catch (PortalException e) {
            Faces.show(e, Map.of("note", "work:note", "reason", "work:note"));
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public RemovalGround getGround() {
        return ground;
    }

    public void setGround(RemovalGround ground) {
        this.ground = ground;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }
}
