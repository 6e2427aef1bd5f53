package cn.gov.zj.jxt.green.domain.model.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static Indicators leading() {
        Indicators i = new Indicators();
        i.setEnergy(new BigDecimal("0.18"));
        i.setEnergyBenchmark(new BigDecimal("0.21"));
        i.setWater(new BigDecimal("1.6"));
        i.setWaterBenchmark(new BigDecimal("1.6"));
        i.setResourceUse(new BigDecimal("96"));
        i.setResourceUseBenchmark(new BigDecimal("90"));
        i.setRenewableShare(new BigDecimal("20"));
        i.setRenewableShareBenchmark(new BigDecimal("15"));
        i.setCarbonIntensity(new BigDecimal("0.4"));
        i.setCarbonIntensityBenchmark(new BigDecimal("0.5"));
        return i;
    }

    private static ParkFacts park(String share) {
        ParkFacts p = new ParkFacts();
        p.setLegalBoundary(true);
        p.setUnifiedManagement(true);
        p.setIndustrialShare(share == null ? null : new BigDecimal(share));
        p.setCultivationPlan(true);
        return p;
    }

    private static EligibilityFacts facts(UnitType type, ParkFacts park, Indicators indicators, boolean onList,
            List<EligibilityFacts.ExclusionFinding> exclusions) {
        return new EligibilityFacts(type, ListLevel.PROVINCIAL, true, true, park, indicators, onList, exclusions,
                TODAY);
    }

    private static RuleOutcome outcome(EligibilityFacts facts, EligibilityRule rule) {
        return rule.evaluate(facts);
    }

    @Test
    void aParkNeedsMoreThanHalfItsAddedValueFromIndustry() {
        assertTrue(outcome(facts(UnitType.PARK, park("50.00"), new Indicators(), true, List.of()),
                EligibilityRule.PARK_INDUSTRIAL_SHARE).failed(), "exactly 50% is not 超过50%");
        assertFalse(outcome(facts(UnitType.PARK, park("50.01"), new Indicators(), true, List.of()),
                EligibilityRule.PARK_INDUSTRIAL_SHARE).failed());
        RuleOutcome missing = outcome(facts(UnitType.PARK, park(null), new Indicators(), true, List.of()),
                EligibilityRule.PARK_INDUSTRIAL_SHARE);
        assertEquals("eligibility.park.shareMissing", missing.messageKey());
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE, outcome(facts(UnitType.FACTORY, park("10"), leading(), true,
                List.of()), EligibilityRule.PARK_INDUSTRIAL_SHARE).verdict(), "not a factory's rule");
    }

    @Test
    void indicatorsLeadWhenAtOrBetterThanTheBenchmarkInTheRightDirection() {
        assertFalse(outcome(facts(UnitType.FACTORY, new ParkFacts(), leading(), true, List.of()),
                EligibilityRule.INDICATORS_LEADING).failed(), "equal to the benchmark counts as leading");
        Indicators lagging = leading();
        lagging.setRenewableShare(new BigDecimal("10"));
        lagging.setEnergy(new BigDecimal("0.3"));
        RuleOutcome outcome = outcome(facts(UnitType.FACTORY, new ParkFacts(), lagging, true, List.of()),
                EligibilityRule.INDICATORS_LEADING);
        assertTrue(outcome.failed());
        assertEquals(List.of("ENERGY,RENEWABLE_SHARE"), outcome.arguments());
        assertFalse(outcome.barsApplication(), "it bars only the nomination");
    }

    @Test
    void anExclusionCountsForThreeYearsBackFromToday() {
        List<EligibilityFacts.ExclusionFinding> findings = List.of(
                new EligibilityFacts.ExclusionFinding(6, TODAY.minusYears(3), "法院"),
                new EligibilityFacts.ExclusionFinding(2, TODAY.minusYears(3).minusDays(1), "信用中国"));
        EligibilityFacts facts = facts(UnitType.FACTORY, new ParkFacts(), leading(), true, findings);
        RuleOutcome debtor = outcome(facts, EligibilityRule.DISHONEST_DEBTOR);
        assertTrue(debtor.failed(), "on the first day of the three years");
        assertTrue(debtor.barsApplication());
        assertEquals("004 §(十七) 6", EligibilityRule.DISHONEST_DEBTOR.clause());
        assertFalse(outcome(facts, EligibilityRule.ACCIDENT_OR_VIOLATION).failed(), "a day older: no longer");
    }

    @Test
    void theMunicipalListComesFirstForAProvincialNomination() {
        RuleOutcome notListed = outcome(facts(UnitType.FACTORY, new ParkFacts(), leading(), false, List.of()),
                EligibilityRule.ON_PREREQUISITE_LIST);
        assertTrue(notListed.failed());
        assertEquals(List.of("MUNICIPAL"), notListed.arguments());
        EligibilityFacts municipal = new EligibilityFacts(UnitType.FACTORY, ListLevel.MUNICIPAL, true, true,
                new ParkFacts(), leading(), false, List.of(), TODAY);
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE,
                EligibilityRule.ON_PREREQUISITE_LIST.evaluate(municipal).verdict());
    }

    @Test
    void everyRuleNamesItsClause() {
        for (EligibilityRule rule : EligibilityRule.values()) {
            assertTrue(rule.clause().matches("00[34] §.*"), rule + ": " + rule.clause());
        }
        assertEquals(EligibilityRule.values().length,
                EligibilityRule.evaluateAll(facts(UnitType.PARK, park("60"), new Indicators(), true, List.of())).size());
    }
}
