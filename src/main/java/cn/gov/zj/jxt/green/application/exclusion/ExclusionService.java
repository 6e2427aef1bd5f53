package cn.gov.zj.jxt.green.application.exclusion;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The exclusion register of 004 §(十七). Provincial and city clerks record, withdraw and import entries (and the
 * portal itself records, e.g. a removal from a list); county clerks, supervisors and administrators read them.
 * A city clerk withdraws only entries recorded in her city.
 */
public interface ExclusionService {

    /**
     * Records one exclusion, with an optional evidence file (PDF, JPEG or PNG, checked by its content; both
     * {@code evidenceFileName} and {@code evidence} null when there is none). The same unit, ground and date
     * already in the register is refused.
     */
    ExclusionEntry record(@NotNull ExclusionForm form, String evidenceFileName, InputStream evidence);

    /** Withdraws an entry that was wrong or has been overturned; it stays in the register, marked. */
    ExclusionEntry withdraw(long id, String reason);

    ExclusionEntry get(long id);

    /** Entries by credit code or name ({@code text}, may be null) and ground (may be null), latest first. */
    Page<ExclusionEntry> search(String text, ExclusionGround ground, boolean includeWithdrawn,
            @NotNull PageRequest page);

    /** What bars {@code creditCode} now: entries not withdrawn that occurred on or after {@code since}. */
    List<ExclusionEntry> inForce(@NotNull String creditCode, @NotNull LocalDate since);

    /**
     * Imports a CSV or XLSX file (see the template): every row is checked; if any is bad, nothing is recorded and
     * the report lists each bad row with every problem; otherwise all rows are recorded together.
     */
    ExclusionImportReport importFile(String fileName, InputStream content);

    /** The CSV template with its header row, in UTF-8 with a byte-order mark so that Excel reads the Chinese. */
    FileDownload importTemplate();

    /** The evidence file of an entry, as uploaded. */
    FileDownload evidence(long id);
}
