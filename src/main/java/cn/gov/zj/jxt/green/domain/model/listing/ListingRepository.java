package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

public interface ListingRepository {

    void add(ListedUnit unit);

    Optional<ListedUnit> find(long id);

    /** The unit's current entry on the list of {@code level}, if it is on it. */
    Optional<ListedUnit> find(long organisationId, UnitType type, ListLevel level);

    List<ListedUnit> ofCity(String cityCode, ListLevel level);

    /** The units currently on the list of {@code level}, newest year first, by name if {@code name} is given. */
    Page<ListedUnit> onList(ListLevel level, String name, PageRequest page);
}
