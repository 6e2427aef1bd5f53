package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * workspace/reviews/index.xhtml: a county or city clerk's applications of one batch (003 §二(二)) — by default
 * those waiting at her stage, the county's for factories, the city's after the county; or all of them in her
 * scope, or those of one status.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter that shows what waits for this clerk's decision. */
    public static final String WAITING = "WAITING";

    @Inject
    ApplicationService applications;

    @Inject
    BatchService batches;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    private Long batchId;
    private String filter = WAITING;
    private String text;
    private List<Batch> allBatches;
    private PagedModel<Application> model;

    /** Chooses the newest batch when none is asked for; the list is newest first. */
    public void load() {
        if (allBatches == null) {
            // The batch list is public, the applications are not: refuse the page itself to other roles.
            access.requireRole(currentActor.get(), "application.search", Role.COUNTY_CLERK, Role.CITY_CLERK,
                    Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
            allBatches = batches.all().stream()
                    .sorted(java.util.Comparator.comparing(Batch::getYear).thenComparing(Batch::getId).reversed())
                    .toList();
        }
        if (batchId == null && !allBatches.isEmpty()) {
            batchId = allBatches.get(0).getId();
        }
    }

    public PagedModel<Application> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> batchId == null ? new Page<>(List.of(), 0)
                    : applications.search(batchId, status(), text, request), a -> String.valueOf(a.getId()));
        }
        return model;
    }

    private ApplicationStatus status() {
        if (filter == null || filter.isEmpty()) {
            return null;
        }
        if (WAITING.equals(filter)) {
            return currentActor.get().is(Role.COUNTY_CLERK) ? ApplicationStatus.AT_COUNTY : ApplicationStatus.AT_CITY;
        }
        return ApplicationStatus.valueOf(filter);
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public List<Batch> getBatches() {
        load();
        return allBatches;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
