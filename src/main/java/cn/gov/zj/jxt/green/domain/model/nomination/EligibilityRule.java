package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eligibility rules of the cultivation objects and the nomination, each named with the clause it comes from.
 * A rule either bars the application (the organisation may not apply: 004 §(九)–(十一), §(十七)) or only its
 * nomination (the city may not nominate it yet: 004 §(十四), 003 §一(二)).
 */
public enum EligibilityRule {

    REGISTERED_AND_PRODUCING("004 §(九) 1、§(十一) 1", true, EnumSet.allOf(UnitType.class)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            if (!facts.registeredInProvince()) {
                return RuleOutcome.failed(this, "eligibility.registered.outside");
            }
            if (!facts.producingInProvince() && facts.unitType() != UnitType.PARK) {
                return RuleOutcome.failed(this, "eligibility.producing.outside");
            }
            return RuleOutcome.passed(this, "eligibility.registered.ok");
        }
    },

    PARK_BOUNDARY_AND_MANAGEMENT("004 §(十) 1；003 §一(一)", true, EnumSet.of(UnitType.PARK)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            ParkFacts park = facts.parkFacts();
            if (!Boolean.TRUE.equals(park.getLegalBoundary())) {
                return RuleOutcome.failed(this, "eligibility.park.boundary");
            }
            if (!Boolean.TRUE.equals(park.getUnifiedManagement())) {
                return RuleOutcome.failed(this, "eligibility.park.management");
            }
            return RuleOutcome.passed(this, "eligibility.park.boundaryOk");
        }
    },

    PARK_INDUSTRIAL_SHARE("004 §(十) 1；003 §一(一)", true, EnumSet.of(UnitType.PARK)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            BigDecimal share = facts.parkFacts().getIndustrialShare();
            if (share == null) {
                return RuleOutcome.failed(this, "eligibility.park.shareMissing");
            }
            // "超过50%": strictly more than half.
            return share.compareTo(HALF) > 0
                    ? RuleOutcome.passed(this, "eligibility.park.shareOk", share.toPlainString())
                    : RuleOutcome.failed(this, "eligibility.park.shareLow", share.toPlainString());
        }
    },

    CULTIVATION_PLAN("004 §(十) 2、§(十一) 2", true, EnumSet.of(UnitType.PARK, UnitType.SUPPLY_CHAIN)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            return Boolean.TRUE.equals(facts.parkFacts().getCultivationPlan())
                    ? RuleOutcome.passed(this, "eligibility.plan.ok")
                    : RuleOutcome.failed(this, "eligibility.plan.missing");
        }
    },

    ON_PREREQUISITE_LIST("004 §(十四)；003 §一(二)", false, EnumSet.allOf(UnitType.class)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            if (facts.level().prerequisite() == null) {
                return RuleOutcome.notApplicable(this);
            }
            String list = facts.level().prerequisite().name();
            return facts.onPrerequisiteList()
                    ? RuleOutcome.passed(this, "eligibility.list.ok", list)
                    : RuleOutcome.failed(this, "eligibility.list.missing", list);
        }
    },

    INDICATORS_LEADING("003 §一(二)", false, EnumSet.of(UnitType.FACTORY)) {
        @Override
        RuleOutcome check(EligibilityFacts facts) {
            List<Indicators.Reading> readings = facts.indicators().readings();
            String missing = readings.stream().filter(r -> !r.complete()).map(r -> r.kind().name())
                    .collect(Collectors.joining(","));
            if (!missing.isEmpty()) {
                return RuleOutcome.failed(this, "eligibility.indicators.missing", missing);
            }
            String lagging = readings.stream().filter(r -> !r.leading()).map(r -> r.kind().name())
                    .collect(Collectors.joining(","));
            return lagging.isEmpty()
                    ? RuleOutcome.passed(this, "eligibility.indicators.ok")
                    : RuleOutcome.failed(this, "eligibility.indicators.lagging", lagging);
        }
    },

    NOT_OPERATING(1),
    ACCIDENT_OR_VIOLATION(2),
    REMOVED_FROM_LIST(3),
    INSPECTION_PROBLEM(4),
    ENERGY_INSPECTION_UNRECTIFIED(5),
    DISHONEST_DEBTOR(6);

    private static final BigDecimal HALF = new BigDecimal("50");

    private final String clause;
    private final boolean barsApplication;
    private final Set<UnitType> unitTypes;
    /** The item of 004 §(十七) an exclusion rule checks; 0 for the other rules. */
    private final int exclusionGround;

    EligibilityRule(String clause, boolean barsApplication, Set<UnitType> unitTypes) {
        this.clause = clause;
        this.barsApplication = barsApplication;
        this.unitTypes = unitTypes;
        this.exclusionGround = 0;
    }

    /** An exclusion of 004 §(十七): any entry of the register in the last three years bars the application. */
    EligibilityRule(int ground) {
        this.clause = "004 §(十七) " + ground;
        this.barsApplication = true;
        this.unitTypes = EnumSet.allOf(UnitType.class);
        this.exclusionGround = ground;
    }

    RuleOutcome check(EligibilityFacts facts) {
        return facts.exclusions().stream()
                .filter(e -> e.ground() == exclusionGround && !e.occurredOn().isBefore(facts.lookBackFrom()))
                .findFirst()
                .map(e -> RuleOutcome.failed(this, "eligibility.exclusion.found", e.occurredOn().toString(),
                        e.source() == null ? "" : e.source()))
                .orElseGet(() -> RuleOutcome.passed(this, "eligibility.exclusion.none",
                        facts.lookBackFrom().toString()));
    }

    public RuleOutcome evaluate(EligibilityFacts facts) {
        return unitTypes.contains(facts.unitType()) ? check(facts) : RuleOutcome.notApplicable(this);
    }

    public String clause() {
        return clause;
    }

    public boolean barsApplication() {
        return barsApplication;
    }

    public int exclusionGround() {
        return exclusionGround;
    }

    /** Every rule's outcome, in order. */
    public static List<RuleOutcome> evaluateAll(EligibilityFacts facts) {
        return java.util.Arrays.stream(values()).map(rule -> rule.evaluate(facts)).toList();
    }
}
