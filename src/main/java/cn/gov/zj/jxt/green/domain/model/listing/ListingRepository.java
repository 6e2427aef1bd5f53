package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ListingRepository {

    void add(ListedUnit unit);

    Optional<ListedUnit> find(long id);

    /** The unit's current entry on the list of {@code level}, if it is on it. */
    Optional<ListedUnit> find(long organisationId, UnitType type, ListLevel level);

    List<ListedUnit> ofCity(String cityCode, ListLevel level);

    /** The units currently on the list of {@code level}, newest year first, by name if {@code name} is given. */
    Page<ListedUnit> onList(ListLevel level, String name, PageRequest page);

    /** One page of the registry and the count of everything the query matches, both counted in the database. */
    Page<RegistryRow> search(UnitQuery query, PageRequest page);

    /** How many units the query matches, counted in the database. */
    long count(UnitQuery query);

    /** One page of the registry in the query's order, without the count (a table that knows it already). */
    List<RegistryRow> rows(UnitQuery query, PageRequest page);

    /**
     * Up to {@code size} rows the query matches whose id is greater than {@code afterId}, by id: an export pages
     * through any number of rows this way at a constant cost per chunk, whatever the query's own order.
     */
    List<RegistryRow> chunk(UnitQuery query, long afterId, int size);

    /** Every entry, on any level and removed or not, of the organisation with this credit code, history loaded. */
    List<ListedUnit> ofOrganisation(String creditCode);

    /**
     * How many units of {@code type} are on the list of {@code level} for {@code year} now (removed ones not
     * counted), by city code; a city with none is left out. Counted in the database.
     */
    Map<String, Long> countPerCity(UnitType type, ListLevel level, int year);

    /** How many units of {@code type} are on the list of {@code level} now, by the year they were listed for. */
    Map<Integer, Long> countPerYear(UnitType type, ListLevel level);

    /** The latest changes to any list, newest first, at most {@code limit}. */
    List<UnitEvent> changesSince(Instant since, int limit);
}
