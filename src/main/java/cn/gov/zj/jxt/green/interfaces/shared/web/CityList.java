package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;

/**
 * The eleven cities for public pages to show and filter by, read once. Regions are reference data that only
 * migrations change (so a node reads them again when it starts, after any migration). Reading them per request cost
 * the uncached registry page most of its time under load: every read built the cities anew in the persistence
 * context, and every thread waited on the shared cache's lock of their parent, the province.
 *
 * <p>For display only: the regions here are detached, and services that relate records to a region read it
 * themselves.
 */
@ApplicationScoped
public class CityList {

    @Inject
    RegionRepository regions;

    private volatile List<Region> cities;

    public List<Region> get() {
        List<Region> read = cities;
        if (read == null) {
            read = List.copyOf(regions.findByLevel(RegionLevel.CITY));
            cities = read;
        }
        return read;
    }
}
