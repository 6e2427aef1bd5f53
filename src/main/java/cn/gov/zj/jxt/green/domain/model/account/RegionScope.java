package cn.gov.zj.jxt.green.domain.model.account;

import cn.gov.zj.jxt.green.domain.model.region.Region;

/**
 * Which regions' records an account may see and act on. A city clerk covers her city and its counties, a
 * county clerk his county; provincial clerks, supervisors and administrators cover the whole province;
 * everyone else covers no region (they reach records through their own organisation or assignment).
 */
public record RegionScope(Kind kind, Region region) {

    public enum Kind {
        PROVINCE,
        REGION,
        NONE
    }

    public static final RegionScope WHOLE_PROVINCE = new RegionScope(Kind.PROVINCE, null);
    public static final RegionScope NONE = new RegionScope(Kind.NONE, null);

    public static RegionScope of(Role role, Region region) {
        return switch (role) {
            case PROVINCE_CLERK, SUPERVISOR, ADMIN -> WHOLE_PROVINCE;
            case CITY_CLERK, COUNTY_CLERK -> {
                if (region == null) {
                    throw new IllegalStateException(role + " without a region");
                }
                yield new RegionScope(Kind.REGION, region);
            }
            default -> NONE;
        };
    }

    public boolean covers(Region target) {
        return switch (kind) {
            case PROVINCE -> true;
            case REGION -> target != null && region.contains(target);
            case NONE -> false;
        };
    }

    /** The region to restrict a search to: {@code null} for the whole province. */
    public Region restriction() {
        return region;
    }
}
