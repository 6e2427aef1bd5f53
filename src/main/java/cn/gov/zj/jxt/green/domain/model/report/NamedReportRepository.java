package cn.gov.zj.jxt.green.domain.model.report;

import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

public interface NamedReportRepository {

    void add(NamedReport report);

    Optional<NamedReport> find(long id);

    /** The case, its row locked until the transaction ends: handling steps and deadlines take turns. */
    Optional<NamedReport> lock(long id);

    Optional<NamedReport> byReceipt(String receiptHash);

    /**
     * Cases newest first: of one city ({@code null}: every city), in one status ({@code null}: any), only those
     * escalated to the province if {@code escalatedOnly}.
     */
    Page<NamedReport> search(String cityCode, ReportStatus status, boolean escalatedOnly, PageRequest page);

    /** The institutions' cases the province published, newest first. */
    Page<NamedReport> published(PageRequest page);

    /** Units currently on a list whose name contains {@code text} or whose credit code is {@code text}. */
    List<ListedUnit> listedCandidates(String text, int max);

    /** Third-party institutions whose name contains {@code text} or whose credit code is {@code text}. */
    List<Organisation> institutionCandidates(String text, int max);
}
