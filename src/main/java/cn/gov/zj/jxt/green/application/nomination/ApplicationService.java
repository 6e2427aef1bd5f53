package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;

/**
 * Applications (申报) and their way up the chain (003 §二, 004 §(十二)): an applicant applies in its
 * organisation's name, evaluates itself or through an institution, uploads its report and submits; the county
 * (factories) and the city review, each approving or returning it with a comment.
 */
public interface ApplicationService {

    /** The field a missing key indicator is refused under on submission: {@code indicators.ENERGY}. */
    String INDICATOR_FIELD_PREFIX = "indicators.";

    /** The signed-in applicant's organisation applies in {@code batchId}; one application per batch. */
    Application start(long batchId);

    Application update(long id, long expectedVersion, @NotNull @Valid ApplicationForm form);

    /** The evaluation report (PDF), inspected by content; the stream is read no further than the size limit. */
    Application attachReport(long id, String fileName, InputStream content);

    /**
     * Submits for review. Refused with every gap at once ({@link InvalidInputException}) when the industry or a
     * key indicator the unit's type is judged by is missing ({@code industry}, {@code indicators.<KIND>}); then
     * when the report is missing, the institution has not accepted, or an eligibility rule bars the application.
     */
    Application submit(long id, long expectedVersion);

    /** A county or city clerk's decision at the stage the application waits on; a return needs a comment. */
    Application review(long id, long expectedVersion, @NotNull ReviewDecision decision, String comment);

    Application get(long id);

    /** The signed-in applicant's applications, newest batch first. */
    List<Application> mine();

    /** Applications of a batch the actor may see: a county's, a city's, or all for the province. */
    Page<Application> search(long batchId, ApplicationStatus status, String text, @NotNull PageRequest page);

    /** Every eligibility rule's outcome for the application, as of today. */
    List<RuleOutcome> eligibility(long id);

    FileDownload report(long id);

    /** The registered third-party institutions an applicant may choose from, by name. */
    List<cn.gov.zj.jxt.green.domain.model.organisation.Organisation> institutions();

    /** The application's engagements of institutions, newest first. */
    List<Engagement> engagements(long id);
}
