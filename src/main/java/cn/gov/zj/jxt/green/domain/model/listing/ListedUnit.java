package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit on a list at one level: a city's municipal list, the provincial or the national list. The city keeps its
 * municipal list (004 §(十三)); a provincial nominee should be on it first (004 §(十四)). It keeps its history (004
 * §四): every change is a {@link UnitEvent}, and a removal leaves the row in place, marked with its ground and the
 * announcement that published it.
 */
@Entity
@Table(name = "listed_unit")
@NamedQuery(name = "ListedUnit.find", query = "SELECT u FROM ListedUnit u WHERE u.organisation.id = :organisation "
        + "AND u.unitType = :type AND u.level = :level AND u.removedAt IS NULL")
@NamedQuery(name = "ListedUnit.byCity", query = "SELECT u FROM ListedUnit u WHERE u.city.code = :city "
        + "AND u.level = :level AND u.removedAt IS NULL ORDER BY u.year DESC, u.id")
@NamedQuery(name = "ListedUnit.ofOrganisation", query = "SELECT u FROM ListedUnit u "
        + "WHERE u.organisation.creditCode = :creditCode ORDER BY u.listedAt, u.id")
@NamedQuery(name = "ListedUnit.countPerCity", query = "SELECT u.cityCode, COUNT(u) FROM ListedUnit u "
        + "WHERE u.unitType = :type AND u.level = :level AND u.year = :year AND u.removedAt IS NULL "
        + "GROUP BY u.cityCode")
@NamedQuery(name = "ListedUnit.countPerYear", query = "SELECT u.year, COUNT(u) FROM ListedUnit u "
        + "WHERE u.unitType = :type AND u.level = :level AND u.removedAt IS NULL GROUP BY u.year")
public class ListedUnit implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "listed_unit_seq", sequenceName = "listed_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listed_unit_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
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

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false)
    private Region city;

    /** The city's code as stored, read-only: queries filter and sort by it without joining the region table. */
    @Column(name = "city_code", insertable = false, updatable = false)
    private String cityCode;

    /** The name it is listed under: the organisation's name when listed, then as declared changes confirm it. */
    @Column(name = "unit_name", nullable = false, length = 200)
    private String name;

    @Column(length = 60)
    private String industry;

    /** The document that published the list it entered, when the portal issued it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "listing_document_id", updatable = false)
    private IssuedDocument listingDocument;

    /** What put it on the list: the document that published the list, as a clerk names it. */
    @Column(nullable = false, length = 200)
    private String basis;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "listed_by", nullable = false, length = 40)
    private String listedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_ground", length = 30)
    private RemovalGround removalGround;

    /** The removal announcement (移出公告) that published the removal. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "removal_document_id")
    private IssuedDocument removalDocument;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<UnitEvent> history = new ArrayList<>();

    protected ListedUnit() {
        // for JPA
    }

    /**
     * @param industry the industry applied under, if known
     * @param listingDocument the document that published the list, if the portal issued it; {@code basis} names it
     *        either way
     */
    public ListedUnit(Organisation organisation, UnitType unitType, ListLevel level, int year, Region city,
            String industry, String basis, IssuedDocument listingDocument, Instant listedAt, String listedBy) {
        this.organisation = organisation;
        this.unitType = unitType;
        this.level = level;
        this.year = year;
        this.city = city;
        this.cityCode = city.getCode();
        this.name = organisation.getName();
        this.industry = industry;
        this.basis = basis;
        this.listingDocument = listingDocument;
        this.listedAt = listedAt;
        this.listedBy = listedBy;
        history.add(new UnitEvent(this, UnitEventKind.LISTED, listedAt, basis, listingDocument, listedBy));
    }

    /** A confirmed name change (004 §(二十)): the unit is listed under its new name from now on. */
    public void rename(String newName, Instant at, String actor) {
        requireListed();
        String detail = name + " → " + newName;
        this.name = Objects.requireNonNull(newName);
        history.add(new UnitEvent(this, UnitEventKind.RENAMED, at, detail, null, actor));
    }

    /** A confirmed change of scope, address or boundary (004 §(二十)), or a completed re-review (004 §(二十一)). */
    public void record(UnitEventKind kind, String detail, IssuedDocument document, Instant at, String actor) {
        if (kind == UnitEventKind.LISTED || kind == UnitEventKind.REMOVED || kind == UnitEventKind.RENAMED) {
            throw new IllegalArgumentException(kind + " is recorded by its own method");
        }
        requireListed();
        history.add(new UnitEvent(this, kind, at, detail, document, actor));
    }

    /**
     * Takes the unit off its list (004 §(十九)): it no longer shows on the current list, while its row and history
     * stay, with the ground and the announcement that published the removal.
     */
    public void remove(RemovalGround ground, IssuedDocument announcement, Instant at, String actor) {
        requireListed();
        this.removedAt = at;
        this.removalGround = Objects.requireNonNull(ground);
        this.removalDocument = announcement;
        history.add(new UnitEvent(this, UnitEventKind.REMOVED, at, ground.clause(), announcement, actor));
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    private void requireListed() {
        if (removedAt != null) {
            throw new IllegalStateException("listed unit " + id + " was removed");
        }
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
        state.put("name", name);
        state.put("industry", industry);
        state.put("basis", basis);
        state.put("removedAt", removedAt);
        state.put("removalGround", removalGround);
        state.put("removalDocument", removalDocument == null ? null : removalDocument.getId());
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

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public IssuedDocument getListingDocument() {
        return listingDocument;
    }

    public RemovalGround getRemovalGround() {
        return removalGround;
    }

    public IssuedDocument getRemovalDocument() {
        return removalDocument;
    }

    /** Every change, oldest first, the listing included. */
    public List<UnitEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
