package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Yearly batches (seed 003): a provincial clerk opens one with its quotas and deadlines, and the portal drafts
 * its call with the quota table as 附件1 and the blank summary table as 附件2.
 */
public interface BatchService {

    Batch open(@NotNull @Valid BatchForm form);

    /** Changes deadlines, caps and quotas; a quota cannot fall below what the city has already nominated. */
    Batch update(long id, long expectedVersion, @NotNull @Valid BatchForm form);

    Batch get(long id);

    List<Batch> all();

    /** The batches of {@code year}; anyone may read them (the call is public). */
    List<Batch> ofYear(int year);

    /** Each city's quota and how much of it is used, in region order. */
    List<QuotaUse> quotaUse(long batchId);

    /** One city's line of the overview. */
    record QuotaUse(String cityCode, String cityName, int quota, long nominated, SubmissionStatus status,
            Instant submittedAt, String letterNumber, Long submissionId, boolean hasLetter) {
    }

    /** The batches whose submissions are open now. */
    List<Batch> open();

    Map<String, Integer> quotasOf(long batchId);
}
