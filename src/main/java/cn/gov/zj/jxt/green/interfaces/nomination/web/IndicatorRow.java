package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import java.io.Serializable;
import java.math.BigDecimal;

/** One key indicator as the form edits it: the applicant's value beside its industry's benchmark (003 §一(二)). */
public class IndicatorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Indicators.Kind kind;
    private BigDecimal value;
    private BigDecimal benchmark;

    IndicatorRow(Indicators.Reading reading) {
        this.kind = reading.kind();
        this.value = reading.value();
        this.benchmark = reading.benchmark();
    }

    public Indicators.Kind getKind() {
        return kind;
    }

    /** Shares are percentages; the others are per unit of product, where lower is better. */
    public boolean isPercent() {
        return kind == Indicators.Kind.RESOURCE_USE || kind == Indicators.Kind.RENEWABLE_SHARE;
    }

    public boolean isLeading() {
        return new Indicators.Reading(kind, value, benchmark).leading();
    }

    public boolean isComplete() {
        return value != null && benchmark != null;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getBenchmark() {
        return benchmark;
    }

    public void setBenchmark(BigDecimal benchmark) {
        this.benchmark = benchmark;
    }
}
