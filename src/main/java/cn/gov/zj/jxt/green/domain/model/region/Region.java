package cn.gov.zj.jxt.green.domain.model.region;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An administrative region, identified by its GB/T 2260 division code (330000 the province, 330100 杭州市,
 * 330106 西湖区). Reference data: seeded by migration, never changed by the portal.
 */
@Entity
@Cacheable // reference data: read on every scope check, changed only by migrations
@Table(name = "region")
@NamedQuery(name = "Region.findAll", query = "SELECT r FROM Region r ORDER BY r.sortOrder") // province 0, cities 1–11, counties 101…
@NamedQuery(name = "Region.findByLevel", query = "SELECT r FROM Region r WHERE r.level = :level ORDER BY r.sortOrder")
@NamedQuery(name = "Region.findChildren",
        query = "SELECT r FROM Region r WHERE r.parent.code = :parentCode ORDER BY r.sortOrder")
public class Region implements Serializable {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegionLevel level;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_code")
    private Region parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {
        // for JPA
    }

    public Region(String code, String name, String nameEn, RegionLevel level, Region parent, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.level = Objects.requireNonNull(level);
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    /**
     * A region named only by its code, as a form or API request names it; services replace it by the stored
     * region (or refuse an unknown code) before using it.
     */
    public static Region reference(String code) {
        return new Region(code, code, code, RegionLevel.COUNTY, null, 0);
    }

    /** The city (设区市) this region is or lies in; {@code null} for the province. */
    public Region city() {
        for (Region r = this; r != null; r = r.parent) {
            if (r.level == RegionLevel.CITY) {
                return r;
            }
        }
        return null;
    }

    /** True when {@code other} is this region or lies within it. */
    public boolean contains(Region other) {
        for (Region r = other; r != null; r = r.parent) {
            if (r.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public Region getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** 杭州市西湖区: the name as written on documents, with the city before a county. */
    public String getFullName() {
        return level == RegionLevel.COUNTY ? parent.name + name : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
