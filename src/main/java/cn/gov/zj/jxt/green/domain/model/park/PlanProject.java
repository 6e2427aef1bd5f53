package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One of a plan's main projects (seed 001 §三(三) 实施的主要项目): what is built, the investment (10,000 yuan) and
 * the years it runs.
 */
@Embeddable
public class PlanProject implements Serializable {

    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2030;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String content;

    /** 万元. */
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal investment;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    protected PlanProject() {
        // for JPA
    }

    public PlanProject(String name, String content, BigDecimal investment, int startYear, int endYear) {
        this.name = Objects.requireNonNull(name);
        this.content = Objects.requireNonNull(content);
        this.investment = Objects.requireNonNull(investment);
        if (investment.signum() < 0) {
            throw new IllegalArgumentException("investment " + investment);
        }
        if (!scheduleAcceptable(startYear, endYear)) {
            throw new IllegalArgumentException("schedule " + startYear + "-" + endYear);
        }
        this.startYear = startYear;
        this.endYear = endYear;
    }

    /** A project runs within the plan's years, and ends no earlier than it starts. */
    public static boolean scheduleAcceptable(int startYear, int endYear) {
        return startYear >= FIRST_YEAR && endYear <= LAST_YEAR && startYear <= endYear;
    }

    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("content", content);
        state.put("investment", investment);
        state.put("schedule", startYear + "-" + endYear);
        return state;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }

    public BigDecimal getInvestment() {
        return investment;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }
}
