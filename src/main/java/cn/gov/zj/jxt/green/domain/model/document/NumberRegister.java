package cn.gov.zj.jxt.green.domain.model.document;

import java.util.Optional;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** The series and the register of document numbers. */
public interface NumberRegister {

    /** Creates the series row for a prefix and year if it does not exist yet; harmless when it does. */
    void createSeriesIfAbsent(String prefix, int year);

    /** The series row, locked until the transaction ends. */
    NumberSeries lockSeries(String prefix, int year);

    void add(RegisteredNumber number);

    Optional<RegisteredNumber> find(long id);

    /** Newest first; {@code year} and {@code prefix} may be {@code null}. */
    Page<RegisteredNumber> search(Integer year, String prefix, PageRequest page);
}
