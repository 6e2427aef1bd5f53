package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionRegister;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.EligibilityFacts;
import cn.gov.zj.jxt.green.domain.model.nomination.EligibilityRule;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Gathers an application's facts on the day — its lists, the exclusion register — and runs every rule on them. */
@ApplicationScoped
public class EligibilityCheck {

    @Inject
    ExclusionRegister exclusions;

    @Inject
    ListingRepository listings;

    @Inject
    PortalClock clock;

    public List<RuleOutcome> evaluate(Application application) {
        return EligibilityRule.evaluateAll(facts(application));
    }

    EligibilityFacts facts(Application application) {
        LocalDate today = clock.today();
        ListLevel prerequisite = application.getBatch().getLevel().prerequisite();
        boolean onList = prerequisite != null && listings.find(application.getOrganisation().getId(),
                application.getUnitType(), prerequisite).isPresent();
        List<EligibilityFacts.ExclusionFinding> findings = exclusions
                .inForce(application.getOrganisation().getCreditCode(), today.minusYears(3)).stream()
                .map(EligibilityCheck::finding)
                .toList();
        return new EligibilityFacts(application.getUnitType(), application.getBatch().getLevel(),
                application.getOrganisation().getRegion().city() != null, application.getProductionRegion() != null,
                application.getParkFacts(), application.getIndicators(), onList, findings, today);
    }

    private static EligibilityFacts.ExclusionFinding finding(ExclusionEntry entry) {
        return new EligibilityFacts.ExclusionFinding(entry.getGround().item(), entry.getOccurredOn(),
                entry.getSource());
    }
}
