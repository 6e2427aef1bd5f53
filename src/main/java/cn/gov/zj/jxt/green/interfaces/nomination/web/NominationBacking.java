package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * workspace/nomination/index.xhtml: a city's nominations for one batch (003 §三, 004 §(十三)–(十四)) — its
 * candidates with any rule that bars their nomination, the nominees within the quota, the nomination letter 推荐函
 * and the submission to the province, with its history. Without a batch the page lists the batches to choose from.
 */
@Named
@ViewScoped
public class NominationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One candidate and the rules it fails, each as the reader's sentence with its clause. */
    public record Candidate(Application application, List<String> failedRules) implements Serializable {

        public boolean nominated() {
            return application.getStatus() == ApplicationStatus.NOMINATED;
        }
    }

    @Inject
    BatchService batches;

    @Inject
    NominationService nominations;

    @Inject
    ApplicationService applications;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    NominationTexts texts;

    private Long batchId;
    private Batch batch;
    private CitySubmission submission;
    private List<Candidate> candidates;
    private List<Batch> choices;
    private String letterNumber;

    public void load() {
        if (batchId == null) {
            choices = batches.all();
            return;
        }
        if (batch == null) {
            batch = batches.get(batchId);
            refresh();
            letterNumber = submission.getLetterNumber();
        }
    }

    private void refresh() {
        submission = nominations.submission(batch.getId(), null);
        List<Candidate> list = new ArrayList<>();
        for (Application a : nominations.candidates(batch.getId(), null)) {
            List<String> failed = new ArrayList<>();
            for (RuleOutcome o : applications.eligibility(a.getId())) {
                if (o.failed()) {
                    // the view's own locale is not set yet while the view action runs
                    failed.add(texts.failure(o, localeSelection.getLocale()));
                }
            }
            list.add(new Candidate(a, failed));
        }
        candidates = list;
    }

    public void nominate(long applicationId) {
        try {
            Application a = nominations.nominate(applicationId);
            Faces.info("workspace.nomination.nominated", a.getOrganisation().getName());
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    public void withdraw(long applicationId) {
        try {
            Application a = nominations.withdrawNomination(applicationId);
            Faces.info("workspace.nomination.withdrawn", a.getOrganisation().getName());
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    public void issueLetter() {
        try {
            submission = nominations.issueLetter(batch.getId(), letterNumber);
            Faces.info("workspace.nomination.letterIssued");
        } catch (PortalException e) {
            Faces.show(e, Map.of("number", "letter:number"));
        }
        refresh();
    }

    public void submit() {
        try {
            submission = nominations.submit(batch.getId());
            Faces.info("workspace.nomination.submitted");
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    /** The city's municipal list of the batch's year is reported (due December 31, seed 003 §三). */
    public void reportCityList() {
        try {
            submission = nominations.reportCityList(batch.getId());
            Faces.info("workspace.nomination.cityListReported");
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    public long getNominatedCount() {
        return candidates.stream().filter(Candidate::nominated).count();
    }

    public int getQuota() {
        return batch.quotaOf(submission.getCity().getCode());
    }

    /** The history, newest first: the latest step is what the clerk looks for. */
    public List<SubmissionEvent> getEvents() {
        List<SubmissionEvent> events = new ArrayList<>(submission.getEvents());
        Collections.reverse(events);
        return events;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Batch getBatch() {
        return batch;
    }

    public CitySubmission getSubmission() {
        return submission;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Batch> getChoices() {
        return choices;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public void setLetterNumber(String letterNumber) {
        this.letterNumber = letterNumber;
    }
}
