package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The publicity 公示 of a batch's proposed list and what follows (004 §(十六), 003 §二(四)): the provincial clerk
 * publishes it, may extend or suspend it with a public reason, handles the objections and, after a clean close,
 * issues the joint publication that puts the entries on the provincial list. The public reads every period, files
 * objections while one is open and follows them by receipt code. Opening and closing are deadlines.
 */
public interface PublicityService {

    /** What the objector keeps: the code is shown once and stored only as its hash. */
    record Receipt(String code, Objection objection) {
    }

    /** Freezes the batch's proposed list, issues the 公示 notice and schedules the open and the close. */
    Publicity publish(long batchId, @NotNull(message = "{request.bodyRequired}") @Valid PublicityForm form);

    Publicity extend(long id, @NotNull(message = "{publicity.lastDay.required}") LocalDate newLastDay, String reason);

    Publicity suspend(long id, String reason);

    Publicity resume(long id, @NotNull(message = "{publicity.lastDay.required}") LocalDate newLastDay, String reason);

    /** Ends the handling of a closed period: refused while an objection is open. */
    Publicity conclude(long id);

    /** The joint notice of the three agencies with the list as annex, and the provincial list entries. */
    Publicity publishJointly(long id, @NotNull(message = "{publicity.effectiveDate.required}") LocalDate effectiveDate);

    /** Every period, newest first: public. */
    List<Publicity> all();

    Publicity get(long id);

    /** A listed entry as the objection form offers it. */
    record ListedEntry(long id, int position, String unitName, String cityName) {
    }

    /** The entries still listed in a period, in their order, for anyone to object to one of them: public. */
    List<ListedEntry> listedEntries(long id);

    Publicity ofBatch(long batchId);

    FileDownload notice(long id, DocumentService.RenditionType type);

    FileDownload publication(long id, DocumentService.RenditionType type);

    /** A member of the public objects; rate-limited per client address. */
    Receipt object(long publicityId, @NotNull(message = "{request.bodyRequired}") @Valid ObjectionForm form,
            List<EvidenceFiles.Upload> evidence);

    /** The objection a receipt code names: public, rate-limited. */
    Objection track(String receiptCode);

    List<Objection> objections(long publicityId);

    Objection objection(long id);

    /** The clerk's decision after verification: upheld takes the entry off the list. */
    Objection decide(long objectionId, boolean upheld, String verification, String reasons);

    FileDownload evidence(long objectionId, int position);

    /** The provincial list 省级名单 as it stands, by name: public. */
    Page<ListedUnit> provincialList(String name, PageRequest page);
}
