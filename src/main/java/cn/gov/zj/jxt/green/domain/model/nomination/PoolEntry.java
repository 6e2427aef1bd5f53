package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An organisation in a city's cultivation pool 培育库, with the city's cultivation plan for it (004 §(八)). */
@Entity
@Table(name = "pool_entry")
@NamedQuery(name = "PoolEntry.ofCity", query = "SELECT p FROM PoolEntry p WHERE p.city.code = :city "
        + "AND p.leftAt IS NULL ORDER BY p.addedAt DESC, p.id DESC")
@NamedQuery(name = "PoolEntry.find", query = "SELECT p FROM PoolEntry p WHERE p.organisation.id = :organisation "
        + "AND p.unitType = :type")
public class PoolEntry implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "pool_entry_seq", sequenceName = "pool_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_entry_seq")
    private Long id;

    @Version
    private long version;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, updatable = false, length = 20)
    private UnitType unitType;

    @Column(length = 2000)
    private String plan;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 40)
    private String addedBy;

    @Column(name = "left_at")
    private Instant leftAt;

    protected PoolEntry() {
        // for JPA
    }

    public PoolEntry(Region city, Organisation organisation, String plan, Instant addedAt, String addedBy) {
        this.city = city;
        this.organisation = organisation;
        this.unitType = UnitType.of(organisation.getType());
        this.plan = plan;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public void rejoin(String newPlan, Instant at, String by) {
        this.plan = newPlan;
        this.leftAt = null;
        this.addedAt = at;
        this.addedBy = by;
    }

    public void leave(Instant at) {
        this.leftAt = at;
    }

    @Override
    public String auditType() {
        return "PoolEntry";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("city", city.getCode());
        state.put("organisation", organisation.getCreditCode());
        state.put("unitType", unitType);
        state.put("plan", plan);
        state.put("leftAt", leftAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Region getCity() {
        return city;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public String getPlan() {
        return plan;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }
}
