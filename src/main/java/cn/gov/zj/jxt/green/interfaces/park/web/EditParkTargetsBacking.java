package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ParkTargetForm;
import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * workspace/park-targets/edit.xhtml: the province sets a year's city targets for provincial green low-carbon parks
 * (seed 000 附件), or revises them. With {@code year} the page opens that year's targets; without, a new year.
 */
@Named
@ViewScoped
public class EditParkTargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("year", "targets:year", "basis", "targets:basis",
            "targets", "targets:total");

    /** One city's line of the form; its target as typed, which may be empty (0). */
    public static final class TargetRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String cityCode;
        private final String cityName;
        private Integer target;

        TargetRow(String cityCode, String cityName, Integer target) {
            this.cityCode = cityCode;
            this.cityName = cityName;
            this.target = target;
        }

        public String getCityCode() {
            return cityCode;
        }

        public String getCityName() {
            return cityName;
        }

        public Integer getTarget() {
            return target;
        }

        public void setTarget(Integer target) {
            this.target = target;
        }
    }

    @Inject
    ParkTargetService parks;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    PortalClock clock;

    @Inject
    LocaleSelection localeSelection;

    private Integer year;
    private boolean existing;
    private Long version;
    private String basis;
    private List<Integer> years = List.of();
    private List<TargetRow> rows;

    public void load() {
        if (rows != null) {
            return; // a postback of this view: keep what was typed
        }
        // Only the province sets targets; others are refused the page, not just the save.
        access.requireRole(currentActor.get(), "park.targets.edit", Role.PROVINCE_CLERK, Role.ADMIN);
        years = parks.years();
        Map<String, Integer> current = Map.of();
        Optional<ParkTargets> stored = year == null ? Optional.empty() : parks.targets(year);
        if (stored.isPresent()) {
            existing = true;
            version = stored.get().getVersion();
            basis = stored.get().getBasis();
            current = stored.get().getTargets();
        } else if (year == null) {
            int next = Math.max(clock.today().getYear(), ParkTargets.FIRST_YEAR);
            while (years.contains(next)) {
                next++;
            }
            year = next;
        }
        rows = new ArrayList<>();
        // The view's own locale is not set yet while the view action runs; the reader's choice is.
        boolean english = localeSelection.isEnglish();
        for (Region city : regions.findByLevel(RegionLevel.CITY)) {
            rows.add(new TargetRow(city.getCode(), english ? city.getNameEn() : city.getName(),
                    current.get(city.getCode())));
        }
    }

    public String save() {
        Map<String, Integer> byCity = new LinkedHashMap<>();
        rows.forEach(r -> byCity.put(r.getCityCode(), r.getTarget() == null ? 0 : r.getTarget()));
        try {
            ParkTargets saved = parks.set(new ParkTargetForm(year == null ? 0 : year, basis, byCity,
                    existing ? version : null));
            Faces.info("workspace.parkTargets.saved", String.valueOf(saved.getYear()),
                    String.valueOf(saved.total()));
            Faces.keepMessages();
            return "/workspace/park-targets/edit.xhtml?faces-redirect=true&year=" + saved.getYear();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    /** The sum of the targets as typed, shown under the table. */
    public int getTotal() {
        return rows == null ? 0 : rows.stream().map(TargetRow::getTarget).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public boolean isExisting() {
        return existing;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<TargetRow> getRows() {
        return rows;
    }
}
