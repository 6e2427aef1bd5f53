package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService.QuotaUse;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * workspace/batches/view.xhtml: a batch as the province follows it — each city's quota and how much of it is used,
 * its submission and letter, the return of a submitted city for correction (003 §三), and the batch's applications.
 */
@Named
@ViewScoped
public class ViewBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One city's line: its quota use and, when the city has issued one, its letter. */
    public record CityLine(String cityCode, String cityName, int quota, long nominated, SubmissionStatus status,
            Instant submittedAt, String letterNumber, Long submissionId, boolean hasLetter) implements Serializable {

        /** The share of the quota used, for the bar: 0–100, a city over its quota drawn full. */
        public int percent() {
            return quota <= 0 ? 0 : (int) Math.min(100, Math.round(nominated * 100.0 / quota));
        }

        public boolean returnable() {
            return status == SubmissionStatus.SUBMITTED;
        }
    }

    @Inject
    BatchService batches;

    @Inject
    NominationService nominations;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    private Long id;
    private Batch batch;
    private List<CityLine> cities;

    private ApplicationStatus status;
    private String text;
    private PagedModel<Application> model;

    private Long returnId;
    private String returnCity;
    private String reason;
    private LocalDate correctionDue;

    public void load() {
        if (batch == null) {
            batch = batches.get(id == null ? -1 : id);
            refresh();
        }
    }

    private void refresh() {
        List<CityLine> lines = new ArrayList<>();
        for (QuotaUse q : batches.quotaUse(batch.getId())) {
            lines.add(new CityLine(q.cityCode(), q.cityName(), q.quota(), q.nominated(), q.status(),
                    q.submittedAt(), q.letterNumber(), q.submissionId(), q.hasLetter()));
        }
        cities = lines;
    }

    public PagedModel<Application> getModel() {
        if (model == null) {
            long batchId = batch.getId();
            model = new PagedModel<>(request -> applications.search(batchId, status, text, request),
                    a -> String.valueOf(a.getId()));
        }
        return model;
    }

    /** Opens the return form for one city's submission (the reason and date are asked for below the table). */
    public void startReturn(long submissionId, String cityName) {
        returnId = submissionId;
        returnCity = cityName;
        reason = null;
        correctionDue = clock.today().plusDays(7);
    }

    public void returnSubmission() {
        try {
            CitySubmission returned = nominations.returnForCorrection(returnId, reason, correctionDue);
            Faces.info("workspace.batches.view.returned", returned.getCity().getName(),
                    returned.getCorrectionDue().toString());
            returnId = null;
            returnCity = null;
            reason = null;
            correctionDue = null;
            refresh();
        } catch (PortalException e) {
            Faces.show(e, Map.of("reason", "return:reason", "correctionDue", "return:correctionDue"));
        }
    }

    public void cancelReturn() {
        returnId = null;
        returnCity = null;
    }

    /** Only the provincial clerk returns a submission; supervisors and administrators read. */
    public boolean isEditor() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    public int getTotalQuota() {
        return cities.stream().mapToInt(CityLine::quota).sum();
    }

    public long getTotalNominated() {
        return cities.stream().mapToLong(CityLine::nominated).sum();
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Batch getBatch() {
        return batch;
    }

    public List<CityLine> getCities() {
        return cities;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getReturnId() {
        return returnId;
    }

    public String getReturnCity() {
        return returnCity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getCorrectionDue() {
        return correctionDue;
    }

    public void setCorrectionDue(LocalDate correctionDue) {
        this.correctionDue = correctionDue;
    }
}
