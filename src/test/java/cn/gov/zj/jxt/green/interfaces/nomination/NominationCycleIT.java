package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.IssuedFiles.documentText;
import static cn.gov.zj.jxt.green.testing.IssuedFiles.sha256;
import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static cn.gov.zj.jxt.green.testing.NominationFixture.nextJune30;
import static cn.gov.zj.jxt.green.testing.NominationFixture.outcome;
import static cn.gov.zj.jxt.green.testing.NominationFixture.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.EligibilityRule;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.nomination.SignatureStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeAnnex;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.AtOnce;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nomination cycle inside the server, through its services as each person uses them: a batch from the call to
 * twelve submissions, the caps on institutions and the cities' quotas under concurrent requests, and the
 * eligibility rules with the exclusion register.
 */
@ExtendWith(ArquillianExtension.class)
class NominationCycleIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    EngagementService engagements;

    @Inject
    NominationService nominations;

    @Inject
    NoticeService notices;

    @Inject
    DocumentService documents;

    @Inject
    ExclusionService exclusions;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Test
    void aBatchGoesFromItsCallToTwelveSubmissions() throws IOException {
        Map<String, Integer> quotas = new HashMap<>();
        fixture.cities().forEach(city -> quotas.put(city.getCode(), 2));
        Batch batch = fixture.openBatch(unique("省级绿色低碳工业园区和工厂推荐"), nextJune30(), quotas);

        // The call is drafted with the quota table as 附件1 and the blank summary table as 附件2 (seed 003).
        Notice call = fixture.as(PROVINCE, () -> notices.get(batches.get(batch.getId()).getCallNotice().getId()));
        List<NoticeAnnex> annexes = call.getAnnexes();
        assertEquals(2, annexes.size());
        assertTrue(annexes.get(0).getTitle().endsWith("推荐名额"), annexes.get(0).getTitle());
        assertEquals(StandardAnnexes.SUMMARY_TITLE, annexes.get(1).getTitle());
        assertTrue(call.getBody().contains(DocumentContent.chineseDate(nextJune30()) + "前"),
                "the call names the deadline");
        Notice issued = fixture.as(PROVINCE, () -> notices.issue(call.getId(), call.getVersion()));
        assertNotNull(issued.getNumber());

        // Each of the eleven cities nominates one factory of one of its counties, issues its letter and submits.
        Map<String, Application> nominees = new HashMap<>();
        for (Region city : fixture.cities()) {
            Application approved = fixture.approvedFactory(batch, fixture.countyOf(city), city.getName() + "绿色工厂");
            assertEquals(ApplicationStatus.APPROVED, approved.getStatus());
            assertEquals(2, fixture.as(PROVINCE, () -> applications.get(approved.getId())).getReviews().size(),
                    "county, then city (003 §二(二))");
            fixture.nominateAndSubmit(city, batch, approved.getId(), city.getName().substring(0, 1) + "经信函〔2026〕1号");
            nominees.put(city.getCode(), approved);
        }

        // The province returns 温州's submission; 温州 corrects it (a new letter) and submits again.
        Region wenzhou = fixture.city("330300");
        CitySubmission wenzhouSubmission = fixture.as(PROVINCE, () -> nominations.submission(batch.getId(), "330300"));
        fixture.as(PROVINCE, () -> nominations.returnForCorrection(wenzhouSubmission.getId(), "汇总表行业填写不规范",
                LocalDate.now(OfficialDay.ZONE).plusDays(5)));
        assertThrows(BusinessRuleException.class, () -> fixture.as(PROVINCE,
                () -> nominations.returnForCorrection(wenzhouSubmission.getId(), "再次退回", LocalDate.now(OfficialDay.ZONE))),
                "a returned submission cannot be returned again");
        fixture.as(fixture.cityClerk(wenzhou), () -> {
            nominations.issueLetter(batch.getId(), "温经信函〔2026〕2号");
            return nominations.submit(batch.getId());
        });

        List<BatchService.QuotaUse> use = batches.quotaUse(batch.getId());
        assertEquals(11, use.size());
        long submitEvents = 0;
        for (BatchService.QuotaUse city : use) {
            assertEquals(1, city.nominated(), city.cityName());
            assertEquals(SubmissionStatus.SUBMITTED, city.status(), city.cityName());
            CitySubmission submission = fixture.as(PROVINCE, () -> nominations.submission(city.submissionId()));
            submitEvents += submission.getEvents().stream()
                    .filter(e -> e.getEvent() == SubmissionEvent.Kind.SUBMITTED).count();
        }
        assertEquals(12, submitEvents, "eleven cities, one of them twice");
        List<SubmissionEvent.Kind> wenzhouHistory = fixture.as(PROVINCE,
                () -> nominations.submission(wenzhouSubmission.getId())).getEvents().stream()
                .map(SubmissionEvent::getEvent).toList();
        assertEquals(List.of(SubmissionEvent.Kind.LETTER_ISSUED, SubmissionEvent.Kind.SUBMITTED,
                SubmissionEvent.Kind.RETURNED, SubmissionEvent.Kind.LETTER_ISSUED, SubmissionEvent.Kind.SUBMITTED),
                wenzhouHistory);

        // The letter is a 信函 of the city with the summary table's columns exactly as seed 003 附件2.
        CitySubmission hangzhou = fixture.as(PROVINCE, () -> nominations.submission(batch.getId(), "330100"));
        String letter = documentText(fixture.as(PROVINCE, () -> nominations.letter(hangzhou.getId(),
                DocumentService.RenditionType.DOCX)).content());
        assertTrue(letter.contains("杭州市经济和信息化局"), "issued in the city bureau's name");
        assertTrue(letter.contains("杭州市省级绿色制造推荐名单汇总表"));
        for (String column : StandardAnnexes.SUMMARY_FACTORY_COLUMNS) {
            assertTrue(letter.contains(column), column);
        }
        for (String column : StandardAnnexes.SUMMARY_PARK_COLUMNS) {
            assertTrue(letter.contains(column), column);
        }
        assertTrue(letter.contains(nominees.get("330100").getOrganisation().getName()), "the nominee is in the table");
        assertEquals("杭经信函〔2026〕1号", hangzhou.getLetterNumber());

        // The city reports its municipal list of the year (due December 31, 003 §三), seen in its history.
        CitySubmission reported = fixture.as(fixture.cityClerk(fixture.city("330100")),
                () -> nominations.reportCityList(batch.getId()));
        assertNotNull(reported.getCityListReportedAt());
        assertTrue(reported.getEvents().stream().anyMatch(e -> e.getEvent() == SubmissionEvent.Kind.CITY_LIST_REPORTED));

        // A submitted city cannot change its nominees until the province returns it.
        Application another = fixture.approvedFactory(batch, fixture.countyOf(fixture.city("330100")), "杭州第二家");
        BusinessRuleException locked = assertThrows(BusinessRuleException.class, () -> fixture.as(
                fixture.cityClerk(fixture.city("330100")), () -> nominations.nominate(another.getId())));
        assertEquals("submission.alreadySubmitted", locked.messageKey());
    }

    @Test
    void readingAFreshApplicationChangesNothing() {
        Batch batch = fixture.openBatch(unique("只读测试"), nextJune30(), Map.of("330100", 1));
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, "刚开始申报的工厂",
                fixture.countyOf(fixture.city("330100")));
        Application started = fixture.as(fixture.applicant(factory), () -> applications.start(batch.getId()));
        // No indicators and no park facts yet: the database holds empty columns, read back as blank values.
        long version = fixture.as(fixture.applicant(factory), () -> applications.get(started.getId())).getVersion();
        Application again = fixture.as(fixture.applicant(factory), () -> applications.get(started.getId()));
        fixture.as(fixture.applicant(factory), () -> applications.eligibility(started.getId()));
        assertEquals(version, fixture.as(fixture.applicant(factory), () -> applications.get(started.getId()))
                .getVersion(), "a read is not a change: the page's version stays valid for its save");
        assertTrue(again.getIndicators().readings().stream().noneMatch(r -> r.complete()));
    }

    @Test
    void aCountyClerkActsOnHerCountyOnlyAndAReturnNeedsAComment() {
        Batch batch = fixture.openBatch(unique("审核范围测试"), nextJune30(), Map.of("330100", 5));
        Region xihu = fixture.city("330106");
        Region binjiang = fixture.city("330108");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, "西湖测试工厂", xihu);
        Application application = fixture.drafted(batch, factory);
        fixture.submit(factory, application.getId());

        assertThrows(AccessDeniedException.class, () -> fixture.review(fixture.countyClerk(binjiang),
                application.getId(), ReviewDecision.APPROVED, null), "滨江 cannot review 西湖's factory");
        assertThrows(AccessDeniedException.class, () -> fixture.review(fixture.cityClerk(fixture.city("330100")),
                application.getId(), ReviewDecision.APPROVED, null), "the city waits for the county");
        assertThrows(InvalidInputException.class, () -> fixture.review(fixture.countyClerk(xihu),
                application.getId(), ReviewDecision.RETURNED, " "));
        Application returned = fixture.review(fixture.countyClerk(xihu), application.getId(), ReviewDecision.RETURNED,
                "请补充能耗对标数据");
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        Application resubmitted = fixture.submit(factory, application.getId());
        assertEquals(ApplicationStatus.AT_COUNTY, resubmitted.getStatus(), "back to the county after a return");
        assertEquals("请补充能耗对标数据", fixture.as(PROVINCE, () -> applications.get(application.getId()))
                .getReviews().get(0).getComment(), "the history is kept");
    }

    @Test
    void theProvincialCapHoldsUnderTwentyConcurrentAcceptances() throws Exception {
        Region hangzhou = fixture.city("330100");
        Batch batch = fixture.openBatch(unique("第三方机构上限测试"), nextJune30(), Map.of("330100", 50));
        Organisation institution = fixture.registerInstitution("上限测试评价机构", fixture.city("330108"),
                "法人甲" + UUID.randomUUID().toString().substring(0, 4));
        List<Long> requested = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requested.add(fixture.engagementRequested(batch, fixture.countyOf(hangzhou), "委托工厂" + i, institution)
                    .getId());
        }

        List<Object> outcomes = AtOnce.run(requestContexts, requested.stream().map(id -> (Callable<Object>) () -> {
            try {
                return fixture.as(fixture.institution(institution), () -> engagements.accept(id)).getStatus();
            } catch (BusinessRuleException e) {
                return e;
            }
        }).toList());

        long accepted = outcomes.stream().filter(o -> o == EngagementStatus.ACCEPTED).count();
        List<BusinessRuleException> refused = outcomes.stream().filter(o -> o instanceof BusinessRuleException)
                .map(o -> (BusinessRuleException) o).toList();
        assertEquals(10, accepted, "exactly the cap of 003 §二(一): " + outcomes);
        assertEquals(10, refused.size());
        for (BusinessRuleException refusal : refused) {
            assertEquals("engagement.cap.provincial", refusal.messageKey());
            assertEquals(10L, ((Number) refusal.parameters()[1]).longValue(), "the refusal shows the current count");
        }

        // An affiliate shares the group's cap: a registered institution the first lists as affiliated is refused too.
        Organisation affiliate = fixture.registerInstitution("上限测试关联机构", fixture.city("330108"), "法人乙");
        fixture.affiliate(institution, affiliate, "全资子公司");
        Engagement engagement = fixture.engagementRequested(batch, fixture.countyOf(hangzhou), "委托关联机构的工厂",
                affiliate);
        BusinessRuleException groupCap = assertThrows(BusinessRuleException.class, () -> fixture.as(
                fixture.institution(affiliate), () -> engagements.accept(engagement.getId())));
        assertEquals("engagement.cap.provincial", groupCap.messageKey());
    }

    @Test
    void theNationalCapCountsTheLegalRepresentativesProjectsOfTheYear() {
        String representative = "法人丙" + UUID.randomUUID().toString().substring(0, 4);
        Batch batch = fixture.openBatch(unique("国家级推荐上限测试"), ListLevel.NATIONAL, EnumSet.of(UnitType.FACTORY),
                nextJune30(), Map.of("330100", 10), 10, 2);
        // Two institutions, two legal persons, one legal representative: 004 §(二十二) counts them together.
        Organisation first = fixture.registerInstitution("国家级测试机构一", fixture.city("330108"), representative);
        Organisation second = fixture.registerInstitution("国家级测试机构二", fixture.city("330603"), representative);
        List<Engagement> requested = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requested.add(fixture.engagementRequested(batch, fixture.countyOf(fixture.city("330100")), "国家级工厂" + i,
                    i == 2 ? second : first));
        }
        fixture.as(fixture.institution(first), () -> engagements.accept(requested.get(0).getId()));
        fixture.as(fixture.institution(first), () -> engagements.accept(requested.get(1).getId()));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> fixture.as(
                fixture.institution(second), () -> engagements.accept(requested.get(2).getId())));
        assertEquals("engagement.cap.national", refused.messageKey());
        assertEquals(representative, refused.parameters()[0]);
        assertEquals(2L, ((Number) refused.parameters()[2]).longValue());
    }

    @Test
    void theQuotaIsAHardLimitUnderConcurrentNominations() throws Exception {
        Region zhoushan = fixture.city("330900");
        Batch batch = fixture.openBatch(unique("名额测试"), nextJune30(), Map.of("330900", 1));
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            approved.add(fixture.approvedFactory(batch, fixture.countyOf(zhoushan), "舟山工厂" + i).getId());
        }
        List<Object> outcomes = AtOnce.run(requestContexts, approved.stream().map(id -> (Callable<Object>) () -> {
            try {
                return fixture.as(fixture.cityClerk(zhoushan), () -> nominations.nominate(id)).getStatus();
            } catch (BusinessRuleException e) {
                return e.messageKey();
            }
        }).toList());
        assertEquals(1, outcomes.stream().filter(o -> o == ApplicationStatus.NOMINATED).count(), outcomes.toString());
        assertEquals(5, outcomes.stream().filter("nomination.quota.full"::equals).count(), outcomes.toString());
        assertEquals(1, batches.quotaUse(batch.getId()).stream().filter(q -> q.cityCode().equals("330900"))
                .findFirst().orElseThrow().nominated());
    }

    @Test
    void eligibilityRulesNameTheirClausesAndTheExclusionRegisterBarsAnApplication() {
        Batch batch = fixture.openBatch(unique("资格条件测试"), nextJune30(), Map.of("330200", 5));
        Region beilun = fixture.city("330206");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, "有违法记录的工厂", beilun);
        // An accident two years ago is an exclusion (004 §(十七) 2); a tax case four years ago is not any more.
        fixture.exclude(factory, ExclusionGround.ACCIDENT_OR_VIOLATION, LocalDate.now(OfficialDay.ZONE).minusYears(2), "信用中国");
        fixture.exclude(factory, ExclusionGround.DISHONEST_DEBTOR, LocalDate.now(OfficialDay.ZONE).minusYears(4), "人民法院");
        Application application = fixture.drafted(batch, factory);

        List<RuleOutcome> outcomes = fixture.as(fixture.applicant(factory),
                () -> applications.eligibility(application.getId()));
        assertEquals(EligibilityRule.values().length, outcomes.size(), "every rule, named");
        assertTrue(outcome(outcomes, EligibilityRule.ACCIDENT_OR_VIOLATION).failed());
        assertEquals("004 §(十七) 2", EligibilityRule.ACCIDENT_OR_VIOLATION.clause());
        assertFalse(outcome(outcomes, EligibilityRule.DISHONEST_DEBTOR).failed(), "older than three years");
        assertTrue(outcome(outcomes, EligibilityRule.ON_PREREQUISITE_LIST).failed(), "not on the municipal list");
        assertEquals(RuleOutcome.Verdict.NOT_APPLICABLE, outcome(outcomes, EligibilityRule.PARK_INDUSTRIAL_SHARE).verdict());

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> fixture.submit(factory, application.getId()));
        assertEquals("application.ineligible", refused.messageKey());
        assertTrue(String.valueOf(refused.parameters()[0]).contains("004 §(十七) 2"), refused.parameters()[0].toString());

        // A park whose industrial share is exactly 50% is not "超过50%" (004 §(十) 1).
        Organisation park = fixture.register(OrganisationType.PARK, "工业占比不足的园区", beilun);
        Application parkApplication = fixture.drafted(batch, park,
                NominationFixture.parkFacts(park, new BigDecimal("50.00")));
        BusinessRuleException parkRefused = assertThrows(BusinessRuleException.class,
                () -> fixture.submit(park, parkApplication.getId()));
        assertTrue(String.valueOf(parkRefused.parameters()[0]).contains("004 §(十) 1"));

        // Withdrawn, the accident no longer counts; the missing municipal listing then bars only the nomination.
        long entry = fixture.as(PROVINCE, () -> exclusions.inForce(factory.getCreditCode(), LocalDate.now(OfficialDay.ZONE)
                .minusYears(3))).get(0).getId();
        fixture.as(PROVINCE, () -> exclusions.withdraw(entry, "经核实系误录"));
        fixture.submit(factory, application.getId());
        fixture.approve(application.getId());
        BusinessRuleException notListed = assertThrows(BusinessRuleException.class, () -> fixture.as(
                fixture.cityClerk(fixture.city("330200")), () -> nominations.nominate(application.getId())));
        assertEquals("nomination.ineligible", notListed.messageKey());
        assertTrue(String.valueOf(notListed.parameters()[0]).contains("004 §(十四)"));
    }

    @Test
    void anInstitutionsUndertakingIsGeneratedAndOnlyAnIntactSignedCopyOrASealedScanIsAccepted() {
        Batch batch = fixture.openBatch(unique("承诺书测试"), nextJune30(), Map.of("330100", 5));
        Organisation institution = fixture.registerInstitution("承诺书测试机构", fixture.city("330108"), "法人丁");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, "承诺书测试工厂",
                fixture.countyOf(fixture.city("330100")));
        Application application = fixture.drafted(batch, factory,
                NominationFixture.leadingForm(factory, Route.INSTITUTION, institution.getId()));
        BusinessRuleException notYet = assertThrows(BusinessRuleException.class,
                () -> fixture.submit(factory, application.getId()));
        assertEquals("application.institution.notAccepted", notYet.messageKey());

        Engagement requested = fixture.as(PROVINCE, () -> applications.engagements(application.getId())).get(0);
        Engagement accepted = fixture.as(fixture.institution(institution), () -> engagements.accept(requested.getId()));
        assertNotNull(accepted.getUndertaking(), "the undertaking is generated on acceptance");
        byte[] undertaking = fixture.as(fixture.institution(institution),
                () -> engagements.undertaking(requested.getId(), DocumentService.RenditionType.PDF)).content();
        assertTrue(new String(undertaking, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        // A PDF without a digital signature is taken as a sealed scan, not digitally verified; its hash is kept.
        byte[] scan = fixture.reportPdf("盖章扫描件");
        Engagement signed = fixture.as(fixture.institution(institution), () -> engagements.uploadSigned(
                requested.getId(), "承诺书（盖章）.pdf", new ByteArrayInputStream(scan)));
        assertEquals(SignatureStatus.SEALED_SCAN, signed.getSignatureStatus());
        assertEquals(sha256(scan), signed.getSignedSha256());

        // Submitted and through the county, the city sees the undertaking's state and may approve.
        fixture.submit(factory, application.getId());
        Application approved = fixture.approve(application.getId());
        assertEquals(ApplicationStatus.APPROVED, approved.getStatus());
    }
}
