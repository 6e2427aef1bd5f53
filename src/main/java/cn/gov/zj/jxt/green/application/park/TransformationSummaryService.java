package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The province's reports to NDRC and MIIT on the circular transformation of its parks (发改办环资〔2021〕1004号
 * §三(五)): the yearly overall progress of a year that has ended (from 2022), and the final report on the 14th
 * Five-Year period once 2025 has ended. A provincial clerk issues each once, through the document service in the
 * official format, jointly in the names of 经信厅 and 发改委, with a table annex built from the filed progress
 * reports; refused while no report of the period is filed. Every issue is audited.
 */
public interface TransformationSummaryService {

    /** One issued report as the clerks' page lists it. */
    record SummaryView(long id, SummaryKind kind, int year, String number, String title, int parks, int filed,
            Instant issuedAt, String issuedBy) {
    }

    /** A year the clerk may report on, with how many of its progress reports are filed, and whether it is issued. */
    record YearView(int year, int reports, int filed, boolean issued) {
    }

    /** Every report issued, newest first (provincial clerks, supervisors, administrators). */
    List<SummaryView> issued();

    /** Every year from 2022 that has ended, newest first, with its count of filed progress reports. */
    List<YearView> years();

    /**
     * Issues the report of {@code kind}: the yearly report of {@code year}, or the final one ({@code year} is then
     * ignored). Refused when the year has not ended or is before 2022, when no progress report of it is filed, or
     * when it is issued already.
     */
    SummaryView issue(SummaryKind kind, Integer year);

    /** The DOCX or PDF of an issued report. */
    FileDownload file(long id, @NotNull RenditionType type);
}
