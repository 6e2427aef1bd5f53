package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.park.ParkProgress;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargetRepository;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import cn.gov.zj.jxt.green.domain.model.park.ProvincePath;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Stateless
public class DefaultParkTargetService implements ParkTargetService {

    static final String TYPE = "ParkTargets";

    @Inject
    ParkTargetRepository targets;

    @Inject
    ListingRepository listings;

    @Inject
    RegionRepository regions;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Report report(int year) {
        ParkTargets set = targets.find(year).orElseThrow(() -> new RecordNotFoundException(TYPE, year));
        ParkProgress progress = ParkProgress.of(set, cities(),
                listings.countPerCity(UnitType.PARK, ListLevel.PROVINCIAL, year));
        List<ParkTargets> all = targets.all();
        Map<Integer, Integer> totals = new TreeMap<>();
        all.forEach(t -> totals.put(t.getYear(), t.total()));
        int lastYear = all.isEmpty() ? year : Math.max(year, all.get(all.size() - 1).getYear());
        ProvincePath path = ProvincePath.of(totals, listings.countPerYear(UnitType.PARK, ListLevel.PROVINCIAL),
                lastYear);
        return new Report(progress, path, set.getUpdatedAt());
    }

    @Override
    public List<Integer> years() {
        return targets.all().stream().map(ParkTargets::getYear).toList();
    }

    @Override
    public Optional<ParkTargets> targets(int year) {
        access.requireRole(currentActor.get(), "park.targets.read", Role.PROVINCE_CLERK, Role.ADMIN);
        return targets.find(year);
    }

    @Override
    public ParkTargets set(ParkTargetForm form) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "park.targets.set", Role.PROVINCE_CLERK, Role.ADMIN);
        validation.require(form, targetViolations(form));
        String basis = form.basis().strip();
        Optional<ParkTargets> existing = targets.find(form.year());
        if (existing.isPresent()) {
            ParkTargets current = existing.get();
            if (form.version() == null) {
                throw new BusinessRuleException("park.targets.exist", String.valueOf(form.year()));
            }
            Versions.require(current.getVersion(), form.version(), String.valueOf(form.year()));
            Map<String, Object> before = current.auditState();
            current.revise(basis, form.targets(), clock.now(), actor.name());
            audit.changed("park.targets.revise", current, before);
            return current;
        }
        ParkTargets created = new ParkTargets(form.year(), basis, form.targets(), clock.now(), actor.name());
        targets.add(created);
        UniqueConstraint.flush(targets::flush,
                () -> new BusinessRuleException("park.targets.exist", String.valueOf(form.year())));
        audit.changed("park.targets.set", created, null);
        return created;
    }

    /** The rules on each city's figure that no annotation states: a city of the province, a number from 0 to 50. */
    private List<InvalidInputException.Violation> targetViolations(ParkTargetForm form) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (form.targets() == null) {
            return violations;
        }
        Set<String> cityCodes = cities().stream().map(Region::getCode).collect(Collectors.toSet());
        if (!cityCodes.containsAll(form.targets().keySet())) {
            violations.add(new InvalidInputException.Violation("targets", "park.targets.unknownCity"));
        } else if (!form.targets().values().stream().allMatch(ParkTargets::acceptable)) {
            violations.add(new InvalidInputException.Violation("targets", "park.targets.range"));
        }
        return violations;
    }

    private List<Region> cities() {
        return regions.findByLevel(RegionLevel.CITY);
    }
}
