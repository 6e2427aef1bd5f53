package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;

/** The three kinds of listed unit (004 §(四)), each applied for by one kind of organisation. */
public enum UnitType {
    /** 绿色（低碳）工厂: reviewed by the county, then the city (003 §二(二)). */
    FACTORY(OrganisationType.ENTERPRISE, true),
    /** 绿色（低碳）工业园区: reviewed by the city. */
    PARK(OrganisationType.PARK, false),
    /** 绿色供应链管理企业: reviewed by the city. */
    SUPPLY_CHAIN(OrganisationType.SUPPLY_CHAIN_ENTERPRISE, false);

    private final OrganisationType organisationType;
    private final boolean countyReviewed;

    UnitType(OrganisationType organisationType, boolean countyReviewed) {
        this.organisationType = organisationType;
        this.countyReviewed = countyReviewed;
    }

    /**
     * The name official documents use, whatever the reader's language (004 §(四)): document-templates/
     * terms.properties. Pages use the bundle's label instead.
     */
    public String documentName() {
        return Wording.of("terms").text("unitType." + name());
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    /** Whether the county reviews before the city (factories, 003 §二(二)). */
    public boolean countyReviewed() {
        return countyReviewed;
    }

    public static UnitType of(OrganisationType type) {
        for (UnitType unit : values()) {
            if (unit.organisationType == type) {
                return unit;
            }
        }
        throw new IllegalArgumentException(type + " is not a kind of listed unit");
    }
}
