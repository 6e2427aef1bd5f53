package cn.gov.zj.jxt.green.domain.model.listing;

import java.time.Instant;

/**
 * One line of the registry as the public reads it: a listed unit flattened with its organisation's credit code and
 * its city, read in one query without loading entities (a page, an export of 100,000 rows).
 */
public record RegistryRow(Long id, String name, String creditCode, UnitType type, ListLevel level, Integer year,
        String cityCode, String cityName, String cityNameEn, String industry, String basis, Instant listedAt, Instant removedAt,
        RemovalGround removalGround) {

    public boolean removed() {
        return removedAt != null;
    }
}
