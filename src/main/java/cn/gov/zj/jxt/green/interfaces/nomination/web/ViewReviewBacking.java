package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewStage;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * workspace/reviews/view.xhtml: one application as its reviewer reads it — the form read-only, its report, its
 * eligibility, its institution and the undertaking's signature, its history — and her decision: approve, or
 * return with a comment that tells the applicant what to correct (003 §二(二)).
 */
@Named
@ViewScoped
public class ViewReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private Application application;
    private List<RuleOutcome> outcomes = List.of();
    private List<Engagement> engagements = List.of();
    private String comment;

    public void load() {
        if (application != null) {
            return;
        }
        if (id == null) {
            Faces.redirect("/workspace/reviews/index.xhtml");
            return;
        }
        refresh();
    }

    private void refresh() {
        application = applications.get(id);
        outcomes = applications.eligibility(id);
        engagements = applications.engagements(id);
    }

    public String approve() {
        return decide(ReviewDecision.APPROVED);
    }

    public String sendBack() {
        return decide(ReviewDecision.RETURNED);
    }

    private String decide(ReviewDecision decision) {
        try {
            Application reviewed = applications.review(id, application.getVersion(), decision, comment);
            Faces.info("workspace.reviews.decided." + decision, reviewed.getOrganisation().getName());
            Faces.keepMessages();
            return "/workspace/reviews/index.xhtml?faces-redirect=true&batch=" + reviewed.getBatch().getId();
        } catch (PortalException e) {
            Faces.show(e, Map.of("comment", "review:comment"));
            return null;
        }
    }

    /** The stage this clerk decides at: the county's for a county clerk, the city's for a city clerk. */
    public boolean isMyStage() {
        ReviewStage stage = application.currentStage();
        return stage == ReviewStage.COUNTY && currentActor.get().is(Role.COUNTY_CLERK)
                || stage == ReviewStage.CITY && currentActor.get().is(Role.CITY_CLERK);
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
