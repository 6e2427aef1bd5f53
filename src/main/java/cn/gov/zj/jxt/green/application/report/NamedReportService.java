package cn.gov.zj.jxt.green.application.report;

import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.domain.model.report.ReporterIdentity;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Named reports 实名举报 (004 §(二十三)). The public reports a listed unit or a third-party institution and follows
 * the case by its receipt code; the city of the unit (or of the institution's region) takes, verifies and
 * concludes it; cases not concluded in the handling period, and rectifications not followed up in time, go up to
 * the province, which also publishes institutions' records (004 §(二十二)).
 *
 * <p>The reporter's identity is read only through {@link #identity}: by the case's handler and provincial clerks,
 * every reading audited. No other method returns it in clear.
 */
public interface NamedReportService {

    /** What the reporter keeps: the code is shown once and stored only as its hash. */
    record Receipt(String code, NamedReport report) {
    }

    /** A unit (on the list of {@code level}) or an institution ({@code level} null), as the form offers it. */
    record Candidate(long id, String name, String creditCode, String cityName, ListLevel level)
            implements java.io.Serializable {
    }

    /** Public: what matches {@code text} (part of the name, or the credit code); at most 20. */
    List<Candidate> candidates(@NotNull ReportSubject subject, String text);

    /** Public, rate-limited per client address: files the report with the city it belongs to. */
    Receipt report(@NotNull(message = "{request.bodyRequired}") @Valid ReportForm form,
            List<EvidenceFiles.Upload> evidence);

    /** Public, rate-limited: the case a receipt code names (its status and conclusion are what the page shows). */
    NamedReport track(String receiptCode);

    /** The cases the actor may see: a city clerk's city, or every city for provincial clerks and the supervisor. */
    Page<NamedReport> cases(ReportStatus status, boolean escalatedOnly, PageRequest page);

    NamedReport get(long id);

    /** The reporter in clear: the case's handler and provincial clerks only; every call is audited. */
    ReporterIdentity identity(long id);

    /** A clerk of the case's city takes it: she becomes its handler. */
    NamedReport take(long id);

    /** Gives the case to a clerk of its city (by user name): her colleague or a provincial clerk does. */
    NamedReport assign(long id, String handler);

    /** The handler records what checking the facts found. */
    NamedReport verify(long id, String verification);

    /** The handler concludes; a removal proposal hands the unit to the removal flow in the same transaction. */
    NamedReport conclude(long id, @NotNull(message = "{request.bodyRequired}") @Valid ConclusionForm form);

    /** The handler records the unit's rectification, closing the case. */
    NamedReport recordFollowUp(long id, String note);

    /** A provincial clerk publishes an institution's confirmed case among institutions' records. */
    NamedReport publish(long id);

    /** Public: the institutions' records the province published (institution, finding, date). */
    Page<NamedReport> institutionRecords(PageRequest page);

    FileDownload evidence(long id, int position);
}
