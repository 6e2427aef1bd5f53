package cn.gov.zj.jxt.green.domain.model.park;

import java.util.List;
import java.util.Optional;

public interface TransformationSummaryRepository {

    void add(TransformationSummary summary);

    /** Writes what is pending now, so that a second report of a kind and year is refused here. */
    void flush();

    Optional<TransformationSummary> find(long id);

    Optional<TransformationSummary> find(SummaryKind kind, int year);

    /** Every report issued, newest first, with its document. */
    List<TransformationSummary> all();
}
