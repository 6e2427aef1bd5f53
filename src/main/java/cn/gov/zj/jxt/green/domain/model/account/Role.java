package cn.gov.zj.jxt.green.domain.model.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do on the portal. {@link #PUBLIC} is everyone not signed in and is never stored on an
 * account. Clerk roles carry a region scope (see {@link RegionScope}).
 */
public enum Role {
    PUBLIC,
    /** An enterprise, park or supply-chain enterprise acting in its organisation's name. */
    APPLICANT,
    /** A third-party institution 第三方机构. */
    INSTITUTION,
    COUNTY_CLERK,
    CITY_CLERK,
    PROVINCE_CLERK,
    EXPERT,
    /** The discipline office 纪检: sees everything, changes nothing. */
    SUPERVISOR,
    ADMIN;

    /** The roles an account can hold. */
    public static Set<Role> assignable() {
        return EnumSet.complementOf(EnumSet.of(PUBLIC));
    }

    /** Roles whose scope is one region and who must therefore have one. */
    public boolean needsRegion() {
        return this == COUNTY_CLERK || this == CITY_CLERK;
    }

    /** Roles that act for an organisation and must therefore belong to one. */
    public boolean needsOrganisation() {
        return this == APPLICANT || this == INSTITUTION;
    }
}
