package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityPeriod;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** workspace/publicity/index.xhtml: the periods, and publishing a batch's proposed list for publicity. */
@Named
@ViewScoped
public class WorkspacePublicityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicityService publicity;

    @Inject
    BatchService batches;

    @Inject
    PortalClock clock;

    private Long batchId;
    private LocalDate startDate;
    private Integer days = PublicityPeriod.DEFAULT_DAYS;
    private String contact;

    public List<Publicity> getPeriods() {
        return publicity.all();
    }

    /** Batches without a publicity yet; the service says whether one has a proposed list. */
    public List<Batch> getBatches() {
        List<Long> publicised = publicity.all().stream().map(p -> p.getBatch().getId()).toList();
        return batches.all().stream().filter(b -> !publicised.contains(b.getId())).toList();
    }

    public void publish() {
        try {
            Publicity published = publicity.publish(batchId == null ? -1 : batchId,
                    new PublicityForm(startDate, days, contact));
            Faces.keepMessages();
            Faces.info("workspace.publicity.published");
            Faces.redirect("/workspace/publicity/view.xhtml?id=" + published.getId());
        } catch (PortalException e) {
            Faces.show(e, Map.of("startDate", "publish:startDate", "days", "publish:days",
                    "contact", "publish:contact"));
        }
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
