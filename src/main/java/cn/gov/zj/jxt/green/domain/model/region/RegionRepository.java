package cn.gov.zj.jxt.green.domain.model.region;

import java.util.List;
import java.util.Optional;

public interface RegionRepository {

    Optional<Region> find(String code);

    List<Region> findAll();

    List<Region> findByLevel(RegionLevel level);

    List<Region> findChildren(String parentCode);
}
