package cn.gov.zj.jxt.green.application.notice;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeStatus;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Notices of the provincial department, from draft to publication. Provincial clerks draft, preview, issue and
 * publish; the public reads what is published. A single notice returned by the service carries its annexes,
 * loaded in the service; the notices of a list do not.
 */
public interface NoticeService {

    Notice create(@NotNull NoticeForm form);

    Notice update(long id, long expectedVersion, @NotNull NoticeForm form);

    /**
     * Adds an uploaded file (PDF, DOCX or XLSX, checked by its content) as the next 附件; the stream is read no
     * further than the size limit.
     */
    Notice addUploadedAnnex(long id, String title, String fileName, java.io.InputStream content);

    /** Adds a table annex generated from portal data or pasted from a spreadsheet, as the next 附件. */
    Notice addTableAnnex(long id, @NotNull AnnexTableSource source, String title, String pastedTable);

    Notice removeAnnex(long id, int position);

    /**
     * Deletes a draft (e.g. a correction started by mistake); issued notices are never deleted. Uploaded files
     * stay in the store, unreferenced.
     */
    void deleteDraft(long id, long expectedVersion);

    /** The draft rendered to PDF as it would be issued, the number left blank. */
    byte[] previewPdf(long id);

    /** Numbers, renders and freezes the draft. */
    Notice issue(long id, long expectedVersion);

    /** Shows an issued notice to the public. */
    Notice publish(long id);

    /** Starts the correction of an issued notice: a new draft that names it. */
    Notice correct(long id);

    /** A notice as its reader may see it: the public only published ones, clerks every one. */
    Notice get(long id);

    /** The notice that corrects {@code id}, if there is one the reader may see. */
    Notice correctionOf(long id);

    Page<Notice> published(String text, @NotNull PageRequest page);

    List<Notice> latestPublished(int max);

    Page<Notice> all(String text, NoticeStatus status, @NotNull PageRequest page);

    /** The issued document as DOCX or PDF, identical bytes every time. */
    FileDownload document(long id, @NotNull DocumentService.RenditionType type);

    /** An uploaded annex, as uploaded. */
    FileDownload annex(long id, int position);

    /** Where a generated annex table comes from. */
    enum AnnexTableSource {
        /** The eleven cities with an empty column to fill, like 附件1 of seed 003. */
        CITY_QUOTAS,
        /** The blank nomination summary table, 附件2 of seed 003, its columns exactly as there. */
        NOMINATION_SUMMARY,
        /** Rows pasted from a spreadsheet: tab-separated, first line the column headings. */
        PASTED
    }
}
