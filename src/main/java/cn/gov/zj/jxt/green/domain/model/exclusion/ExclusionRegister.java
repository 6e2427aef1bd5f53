package cn.gov.zj.jxt.green.domain.model.exclusion;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The register of exclusions (004 §(十七)); entries are added and withdrawn, never removed. */
public interface ExclusionRegister {

    void add(ExclusionEntry entry);

    Optional<ExclusionEntry> find(long id);

    /** The entry, its row locked until the transaction ends, so that two withdrawals run one after the other. */
    Optional<ExclusionEntry> findForUpdate(long id);

    /**
     * The entries of {@code creditCode} that count: not withdrawn and occurred on or after {@code since}. The
     * eligibility check passes today minus three years (004 §(十七) "近三年"). Oldest first.
     */
    List<ExclusionEntry> inForce(String creditCode, LocalDate since);

    /** Every entry not withdrawn of any of these credit codes, whatever its date: what a new entry may repeat. */
    List<ExclusionEntry> notWithdrawn(Collection<String> creditCodes);

    /**
     * Entries whose credit code or organisation name contains {@code text} (may be null), of {@code ground} (may
     * be null), withdrawn ones only when asked; latest occurrence first.
     */
    Page<ExclusionEntry> search(String text, ExclusionGround ground, boolean includeWithdrawn, PageRequest page);
}
