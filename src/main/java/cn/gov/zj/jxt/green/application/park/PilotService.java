package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import cn.gov.zj.jxt.green.domain.model.park.PilotEvent;
import cn.gov.zj.jxt.green.domain.model.park.PilotFile;
import cn.gov.zj.jxt.green.domain.model.park.PilotMaterial;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * National low-carbon industrial park pilots (工信部联节〔2013〕408号, seed 002): the province (provincial clerks,
 * administrators) opens a call per year with the recommendation's due date; a park's management body applies with
 * the annex's material and its PDFs; the province confirms each park's eligibility (§四(一)), shortlists two or
 * three (§四(二), a hard limit of three under any concurrency) and issues the joint recommendation letter of 经信厅
 * and 发改委; it then records the later stages. Supervisors read everything; anyone reads the shortlisted parks.
 * Every change is audited.
 */
public interface PilotService {

    /** A call as its readers see it. */
    record CallView(long id, int year, String title, LocalDate recommendationDue, int reminderDays, boolean open,
            boolean shortlistOpen, String letterNumber, Instant letterIssuedAt, Instant overdueAt, long recommended,
            List<ApplicationLine> applications) implements Serializable {
    }

    /** An application as a line of a call's list. */
    record ApplicationLine(long id, long version, String park, String regionName, ZoneKind zoneKind,
            PilotStatus status, Instant submittedAt) implements Serializable {
    }

    /** One application with its material, files and history. */
    record ApplicationView(long id, long version, long callId, String callTitle, String park, String regionName,
            ZoneKind zoneKind, PilotApplication.Conditions conditions, PilotMaterial material, List<PilotFile> files,
            List<PilotEvent> history, PilotStatus status, boolean shortlistOpen) implements Serializable {
    }

    /** A shortlisted park and where it stands, for the public. */
    record Published(long callId, int year, String callTitle, String letterNumber, String park, String regionName,
            ZoneKind zoneKind, PilotStatus status) {
    }

    CallView openCall(@NotNull @Valid PilotCallForm form);

    /**
     * Every call, newest first, with its applications for the province, the supervisor and the administrator, and
     * for a city clerk those of the city's parks (none listed for anyone else).
     */
    List<CallView> calls();

    /** One call with its applications, as {@link #calls()} lists them; a city clerk reads it too. */
    CallView call(long id);

    /** Shortlists an eligible park: at most three per call, checked under the call's row lock. */
    ApplicationView recommend(long applicationId);

    ApplicationView withdrawRecommendation(long applicationId);

    /** Issues the joint recommendation letter of the two or three shortlisted parks; the shortlist is then final. */
    CallView issueLetter(long callId);

    FileDownload letter(long callId, @NotNull RenditionType type);

    /** The acting park applies, with the materials PDF (inspected like every upload). */
    ApplicationView apply(@NotNull @Valid PilotApplicationForm form, String fileName, InputStream materials);

    /** The acting park's applications. */
    List<ApplicationView> own();

    /** One application: its park, the province, the supervisor, the administrator, and its city's clerks. */
    ApplicationView application(long id);

    /** The province confirms or refuses the park's eligibility (a refusal says why). */
    ApplicationView checkEligibility(long applicationId, boolean eligible, String note);

    /** The province records a later stage (§四(三)–(六), §五(四)); a check and a withdrawal say what was found. */
    ApplicationView recordStage(long applicationId, @NotNull PilotApplication.Stage stage, String note);

    /** The approved pilot's implementation plan (§四(四)), a PDF, filed by its park or the province. */
    ApplicationView filePlan(long applicationId, String fileName, InputStream plan);

    FileDownload file(long applicationId, int position);

    /** Shortlisted parks and their later stages, for anyone. */
    List<Published> published();
}
