package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** workspace/review/index.xhtml: a batch's subjects and where each stands, the inspection sample, the proposed list. */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    BatchService batches;

    @Inject
    CurrentActor currentActor;

    private Long batch;
    private List<Batch> allBatches;
    private List<ReviewService.Standing> subjects;
    private List<Inspection> inspections;
    private List<Proposal> proposed;
    private Integer sharePercent = 30;
    private Integer count;

    public void load() {
        allBatches = batches.all();
        if (batch == null && !allBatches.isEmpty()) {
            batch = allBatches.get(0).getId();
        }
        if (batch != null) {
            subjects = review.subjects(batch);
            inspections = review.inspections(batch);
            proposed = review.proposedList(batch);
        }
    }

    public String sample() {
        try {
            DrawRecord draw = review.drawInspections(batch, count, count == null ? sharePercent : null);
            Faces.info("workspace.review.sampled", draw.getChosen().size());
            Faces.keepMessages();
            return "/workspace/review/index.xhtml?faces-redirect=true&batch=" + batch;
        } catch (PortalException e) {
            Faces.show(e, Map.of("count", "sample:count", "sharePercent", "sample:share"));
            return null;
        }
    }

    public boolean isClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    public Long getBatch() {
        return batch;
    }

    public void setBatch(Long batch) {
        this.batch = batch;
    }

    public List<Batch> getAllBatches() {
        return allBatches;
    }

    public List<ReviewService.Standing> getSubjects() {
        return subjects;
    }

    public List<Inspection> getInspections() {
        return inspections;
    }

    public List<Proposal> getProposed() {
        return proposed;
    }

    public Integer getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(Integer sharePercent) {
        this.sharePercent = sharePercent;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
