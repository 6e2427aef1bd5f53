package cn.gov.zj.jxt.green.domain.model.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An application's way up the chain (003 §二(二)): county and city for a factory, the city for the others. */
class ApplicationTest {

    private static final Instant AT = Instant.parse("2025-05-06T02:00:00Z");
    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);
    private static final Region XIHU = new Region("330106", "西湖区", "Xihu", RegionLevel.COUNTY, HANGZHOU, 1);
    private static final Batch BATCH = new Batch(2025, ListLevel.PROVINCIAL, "2025年省级绿色低碳工厂推荐",
            EnumSet.allOf(UnitType.class),
            new Batch.Deadlines(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), 7),
            new Batch.Caps(10, 15), Map.of("330100", 20), AT, "province");

    private static Application application(OrganisationType type, Region region) {
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setName("西湖绿色智造有限公司");
        organisation.setCreditCode("91330106MA2GL0001N");
        organisation.setRegion(region);
        return new Application(BATCH, organisation, HANGZHOU, AT);
    }

    private static Application countyFactory() {
        return application(OrganisationType.ENTERPRISE, XIHU);
    }

    private static Application approved() {
        Application application = countyFactory();
        application.submit(AT);
        application.review(ReviewDecision.APPROVED, "同意上报", "xihu", AT.plusSeconds(60));
        application.review(ReviewDecision.APPROVED, "同意推荐", "hangzhou", AT.plusSeconds(120));
        return application;
    }

    @Test
    void aNewApplicationIsADraftOfTheOrganisationsKindWithNobodyReviewingIt() {
        Application application = countyFactory();
        assertEquals(ApplicationStatus.DRAFT, application.getStatus());
        assertEquals(UnitType.FACTORY, application.getUnitType());
        assertEquals(XIHU, application.getRegion());
        assertEquals(XIHU, application.getProductionRegion(), "produces where it is registered until it says");
        assertEquals(Route.SELF_EVALUATION, application.getRoute());
        assertNull(application.currentStage());
        assertNull(application.getSubmittedAt());
        assertEquals(List.of(), application.getReviews());
    }

    @Test
    void aFactoryOfACountyGoesToTheCountyAndEveryOtherApplicationToTheCity() {
        assertEquals(ReviewStage.COUNTY, countyFactory().firstStage());
        assertEquals(ReviewStage.CITY, application(OrganisationType.ENTERPRISE, HANGZHOU).firstStage(),
                "a factory registered at the city level has no county");
        assertEquals(ReviewStage.CITY, application(OrganisationType.PARK, XIHU).firstStage());
        assertEquals(ReviewStage.CITY, application(OrganisationType.SUPPLY_CHAIN_ENTERPRISE, XIHU).firstStage());
    }

    @Test
    void submittingSendsItToItsFirstStageWithTheTime() {
        Application factory = countyFactory();
        factory.submit(AT);
        assertEquals(ApplicationStatus.AT_COUNTY, factory.getStatus());
        assertEquals(ReviewStage.COUNTY, factory.currentStage());
        assertEquals(AT, factory.getSubmittedAt());

        Application park = application(OrganisationType.PARK, XIHU);
        park.submit(AT);
        assertEquals(ApplicationStatus.AT_CITY, park.getStatus());
        assertEquals(ReviewStage.CITY, park.currentStage());
    }

    @Test
    void theCountysApprovalMovesItToTheCityAndTheCitysApprovesIt() {
        Application application = countyFactory();
        application.submit(AT);
        ReviewStep county = application.review(ReviewDecision.APPROVED, "同意上报", "xihu", AT.plusSeconds(60));
        assertEquals(ApplicationStatus.AT_CITY, application.getStatus());
        assertEquals(ReviewStage.COUNTY, county.getStage());
        assertEquals(ReviewDecision.APPROVED, county.getDecision());
        assertEquals("同意上报", county.getComment());
        assertEquals("xihu", county.getDecidedBy());
        assertEquals(AT.plusSeconds(60), county.getDecidedAt());

        ReviewStep city = application.review(ReviewDecision.APPROVED, "同意推荐", "hangzhou", AT.plusSeconds(120));
        assertEquals(ApplicationStatus.APPROVED, application.getStatus());
        assertEquals(ReviewStage.CITY, city.getStage());
        assertNull(application.currentStage(), "nobody reviews an approved application");
        assertEquals(List.of(county, city), application.getReviews());
    }

    @Test
    void aReturnFromEitherStageGoesBackToTheApplicantWhoSubmitsAgainToTheFirstStage() {
        Application application = countyFactory();
        application.submit(AT);
        application.review(ReviewDecision.RETURNED, "补充能耗数据", "xihu", AT.plusSeconds(60));
        assertEquals(ApplicationStatus.RETURNED, application.getStatus());
        assertNull(application.currentStage());

        application.attachReport("评价报告.pdf", "ab".repeat(32), 2048);
        application.submit(AT.plusSeconds(120));
        assertEquals(ApplicationStatus.AT_COUNTY, application.getStatus());
        assertEquals(AT.plusSeconds(120), application.getSubmittedAt());
        application.review(ReviewDecision.APPROVED, "同意上报", "xihu", AT.plusSeconds(180));
        application.review(ReviewDecision.RETURNED, "报告缺页", "hangzhou", AT.plusSeconds(240));
        assertEquals(ApplicationStatus.RETURNED, application.getStatus());

        application.submit(AT.plusSeconds(300));
        assertEquals(ApplicationStatus.AT_COUNTY, application.getStatus(), "the county sees it again");
        assertEquals(List.of(ReviewDecision.RETURNED, ReviewDecision.APPROVED, ReviewDecision.RETURNED),
                application.getReviews().stream().map(ReviewStep::getDecision).toList());
    }

    @Test
    void theApplicantChangesItOnlyWhileItHoldsIt() {
        Application application = countyFactory();
        Organisation institution = new Organisation();
        institution.setType(OrganisationType.INSTITUTION);
        application.describe(HANGZHOU, "电机制造", Route.INSTITUTION, institution, null, null);
        application.attachReport("评价报告.pdf", "cd".repeat(32), 4096);
        assertEquals(HANGZHOU, application.getProductionRegion());
        assertEquals("电机制造", application.getIndustry());
        assertEquals(institution, application.getInstitution());
        assertEquals("评价报告.pdf", application.getReportName());
        assertEquals(4096L, application.getReportSize());

        application.submit(AT);
        assertThrows(IllegalStateException.class,
                () -> application.describe(XIHU, "x", Route.SELF_EVALUATION, null, null, null), "with the county");
        assertThrows(IllegalStateException.class, () -> application.attachReport("x.pdf", "ef".repeat(32), 1));
        assertThrows(IllegalStateException.class, () -> application.submit(AT), "submitted once");
        assertEquals("电机制造", application.getIndustry());

        Application approved = approved();
        assertThrows(IllegalStateException.class, () -> approved.submit(AT));
        assertThrows(IllegalStateException.class, () -> approved.attachReport("x.pdf", "ef".repeat(32), 1));
    }

    @Test
    void aSelfEvaluationNamesNoInstitution() {
        Application application = countyFactory();
        Organisation institution = new Organisation();
        application.describe(XIHU, "电机制造", Route.SELF_EVALUATION, institution, null, null);
        assertNull(application.getInstitution());
        assertEquals(Route.SELF_EVALUATION, application.getRoute());
    }

    @Test
    void onlyAnApplicationUnderReviewIsReviewed() {
        Application draft = countyFactory();
        assertThrows(IllegalStateException.class,
                () -> draft.review(ReviewDecision.APPROVED, "x", "xihu", AT), "a draft");
        Application approved = approved();
        assertThrows(IllegalStateException.class,
                () -> approved.review(ReviewDecision.APPROVED, "x", "hangzhou", AT), "approved already");
        Application returned = countyFactory();
        returned.submit(AT);
        returned.review(ReviewDecision.RETURNED, "补充", "xihu", AT);
        assertThrows(IllegalStateException.class,
                () -> returned.review(ReviewDecision.APPROVED, "x", "xihu", AT), "back with the applicant");
        assertEquals(2, approved.getReviews().size(), "a refused review leaves no step");
        assertEquals(1, returned.getReviews().size());
    }

    @Test
    void anApprovedApplicationIsNominatedAndTheNominationWithdrawn() {
        Application application = approved();
        application.nominate(AT.plusSeconds(600));
        assertEquals(ApplicationStatus.NOMINATED, application.getStatus());
        assertEquals(AT.plusSeconds(600), application.getNominatedAt());

        application.withdrawNomination();
        assertEquals(ApplicationStatus.APPROVED, application.getStatus());
        assertNull(application.getNominatedAt());
        application.nominate(AT.plusSeconds(900));
        assertEquals(AT.plusSeconds(900), application.getNominatedAt(), "nominated again within the quota");
    }

    @Test
    void onlyAnApprovedApplicationIsNominatedAndOnlyANominatedOneWithdrawn() {
        Application atCounty = countyFactory();
        atCounty.submit(AT);
        assertThrows(IllegalStateException.class, () -> countyFactory().nominate(AT), "a draft");
        assertThrows(IllegalStateException.class, () -> atCounty.nominate(AT), "not yet approved");
        assertThrows(IllegalStateException.class, () -> approved().withdrawNomination(), "not nominated");
        Application nominated = approved();
        nominated.nominate(AT);
        assertThrows(IllegalStateException.class, () -> nominated.nominate(AT.plusSeconds(1)), "nominated once");
        assertEquals(AT, nominated.getNominatedAt());
        assertThrows(IllegalStateException.class,
                () -> nominated.review(ReviewDecision.RETURNED, "x", "hangzhou", AT), "nobody reviews a nominee");
    }
}
