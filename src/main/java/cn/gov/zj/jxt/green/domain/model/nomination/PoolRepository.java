package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.util.List;
import java.util.Optional;

public interface PoolRepository {

    void add(PoolEntry entry);

    Optional<PoolEntry> find(long id);

    Optional<PoolEntry> find(long organisationId, UnitType type);

    List<PoolEntry> ofCity(String cityCode);
}
