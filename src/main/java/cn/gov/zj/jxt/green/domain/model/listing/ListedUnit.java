package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit on a list at one level: a city's municipal list, the provincial or the national list. The city keeps its
 * municipal list (004 §(十三)); a provincial nominee should be on it first (004 §(十四)).
 */
@Entity
@Table(name = "listed_unit")
@NamedQuery(name = "ListedUnit.find", query = "SELECT u FROM ListedUnit u WHERE u.organisation.id = :organisation "
        + "AND u.unitType = :type AND u.level = :level AND u.removedAt IS NULL")
@NamedQuery(name = "ListedUnit.byCity", query = "SELECT u FROM ListedUnit u WHERE u.city.code = :city "
        + "AND u.level = :level AND u.removedAt IS NULL ORDER BY u.year DESC, u.id")
public class ListedUnit implements Audited {

    @Id
    @SequenceGenerator(name = "listed_unit_seq", sequenceName = "listed_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listed_unit_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, updatable = false, length = 20)
    private UnitType unitType;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_level", nullable = false, updatable = false, length = 12)
    private ListLevel level;

    @Column(name = "list_year", nullable = false)
    private int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false)
    private Region city;

    /** What put it on the list: the document that published the list, as a clerk names it. */
    @Column(nullable = false, length = 200)
    private String basis;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "listed_by", nullable = false, length = 40)
    private String listedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected ListedUnit() {
        // for JPA
    }

    public ListedUnit(Organisation organisation, UnitType unitType, ListLevel level, int year, Region city,
            String basis, Instant listedAt, String listedBy) {
        this.organisation = organisation;
        this.unitType = unitType;
        this.level = level;
        this.year = year;
        this.city = city;
        this.basis = basis;
        this.listedAt = listedAt;
        this.listedBy = listedBy;
    }

    @Override
    public String auditType() {
        return "ListedUnit";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.getCreditCode());
        state.put("unitType", unitType);
        state.put("level", level);
        state.put("year", year);
        state.put("city", city.getCode());
        state.put("basis", basis);
        state.put("removedAt", removedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public ListLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public Region getCity() {
        return city;
    }

    public String getBasis() {
        return basis;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }
}
