package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.RegionScope;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;

/**
 * Region choices for forms, by region code, grouped by city, in the reader's language, and limited to the
 * actor's scope (a city clerk chooses among her city's regions only).
 */
@Named
@RequestScoped
public class RegionOptions {

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    /** Cities and their counties that the actor's scope covers. */
    public List<SelectItem> getInScope() {
        return grouped(currentActor.get().scope(), true);
    }

    /** Every county, grouped by city, without the cities themselves (where a factory actually produces). */
    public List<SelectItem> getCounties() {
        return grouped(RegionScope.WHOLE_PROVINCE, false);
    }

    /** Every city and county (administrators assigning a clerk's region). */
    public List<SelectItem> getAll() {
        return grouped(RegionScope.WHOLE_PROVINCE, true);
    }

    private List<SelectItem> grouped(RegionScope scope, boolean withCities) {
        boolean english = "en".equals(Faces.locale().getLanguage());
        List<SelectItem> groups = new ArrayList<>();
        for (Region city : regions.findByLevel(RegionLevel.CITY)) {
            List<SelectItem> items = new ArrayList<>();
            if (withCities && scope.covers(city)) {
                items.add(new SelectItem(city.getCode(), label(city, english)));
            }
            for (Region county : regions.findChildren(city.getCode())) {
                if (scope.covers(county)) {
                    items.add(new SelectItem(county.getCode(), label(city, english) + " · " + label(county, english)));
                }
            }
            if (!items.isEmpty()) {
                groups.add(new SelectItemGroup(label(city, english), null, false, items.toArray(SelectItem[]::new)));
            }
        }
        return groups;
    }

    private static String label(Region region, boolean english) {
        return english ? region.getNameEn() : region.getName();
    }
}
