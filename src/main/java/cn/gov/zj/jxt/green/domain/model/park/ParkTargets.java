package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One year's targets for green low-carbon industrial parks (seed 000 附件): how many provincial green low-carbon
 * parks each city is to build that year. The province keeps one record per year and may revise it; a city left out
 * has a target of 0. What is achieved is never stored here: it is counted from the registry ({@link ParkProgress}).
 */
@Entity
@Table(name = "park_target_year")
@NamedQuery(name = "ParkTargets.all", query = "SELECT t FROM ParkTargets t ORDER BY t.year")
public class ParkTargets implements Audited {

    /** 建成省级绿色低碳工业园区 50 个 (seed 000 §一). */
    public static final int PROVINCIAL_GOAL = 50;
    /** 到 2025 年 (seed 000 §一). */
    public static final int GOAL_YEAR = 2025;
    /** The first year the province set city targets (seed 000 附件: 2022). */
    public static final int FIRST_YEAR = 2022;
    public static final int LAST_YEAR = 2100;
    /** The most one city can be asked to build in one year: more than the whole province's goal is a typing error. */
    public static final int MAX_CITY_TARGET = PROVINCIAL_GOAL;

    @Id
    @Column(name = "target_year")
    private int year;

    @Version
    private long version;

    /** The document that set the targets, e.g. 浙经信绿色〔2022〕64号. */
    @Column(nullable = false, length = 100)
    private String basis;

    /** City code → the number of parks it is to build this year. */
    // EAGER: the record's value, read wherever the record is read.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "park_city_target", joinColumns = @JoinColumn(name = "target_year"))
    @MapKeyColumn(name = "city_code", length = 6)
    @Column(name = "target", nullable = false)
    private Map<String, Integer> targets = new TreeMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected ParkTargets() {
        // for JPA
    }

    public ParkTargets(int year, String basis, Map<String, Integer> targets, Instant at, String by) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("no park targets for " + year);
        }
        this.year = year;
        revise(basis, targets, at, by);
    }

    /** Replaces the year's targets and basis; a city not named has a target of 0. */
    public void revise(String basis, Map<String, Integer> newTargets, Instant at, String by) {
        for (Map.Entry<String, Integer> target : newTargets.entrySet()) {
            if (!acceptable(target.getValue())) {
                throw new IllegalArgumentException(target.getKey() + ": target " + target.getValue());
            }
        }
        this.basis = Objects.requireNonNull(basis);
        this.targets.clear();
        newTargets.forEach((city, target) -> {
            if (target > 0) {
                this.targets.put(city, target);
            }
        });
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = Objects.requireNonNull(by);
    }

    /** Whether a city's yearly target may be {@code target}: a whole number from 0 to {@link #MAX_CITY_TARGET}. */
    public static boolean acceptable(Integer target) {
        return target != null && target >= 0 && target <= MAX_CITY_TARGET;
    }

    public int targetOf(String cityCode) {
        return targets.getOrDefault(cityCode, 0);
    }

    public int total() {
        return targets.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String auditType() {
        return "ParkTargets";
    }

    @Override
    public Object auditId() {
        return year;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("basis", basis);
        state.put("targets", new TreeMap<>(targets));
        state.put("total", total());
        return state;
    }

    public int getYear() {
        return year;
    }

    public long getVersion() {
        return version;
    }

    public String getBasis() {
        return basis;
    }

    /** City code → target, only the cities with one. */
    public Map<String, Integer> getTargets() {
        return Collections.unmodifiableMap(targets);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
