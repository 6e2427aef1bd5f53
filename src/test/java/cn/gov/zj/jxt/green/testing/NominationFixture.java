package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionForm;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionService;
import cn.gov.zj.jxt.green.application.institution.InstitutionAffiliateService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationForm;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.EligibilityRule;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * In-container set-up for the nomination cycle's tests: organisations registered as the portal registers them, and
 * the people who act — clerks of any city or county, applicants, institutions — as the services see them. Every
 * step goes through the services, with their checks.
 */
@ApplicationScoped
public class NominationFixture {

    public static final Actor PROVINCE = new Actor("it-province", Role.PROVINCE_CLERK, null, null, null, null);

    @Inject
    CurrentActor currentActor;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationService organisations;

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    NominationService nominations;

    @Inject
    DocumentService documents;

    @Inject
    InstitutionAffiliateService affiliates;

    @Inject
    ListingRepository listings;

    @Inject
    ExclusionService exclusions;

    /** A title no other test's batch has. */
    public static String unique(String title) {
        return title + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    /** A submission deadline well ahead, whenever the test runs. */
    public static LocalDate nextJune30() {
        return LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30);
    }

    public <T> T as(Actor actor, Supplier<T> work) {
        return currentActor.runAs(actor, work);
    }

    public Actor cityClerk(Region city) {
        return new Actor("it-city-" + city.getCode(), Role.CITY_CLERK, city, null, null, null);
    }

    public Actor countyClerk(Region county) {
        return new Actor("it-county-" + county.getCode(), Role.COUNTY_CLERK, county, null, null, null);
    }

    public Actor applicant(Organisation organisation) {
        return new Actor("it-applicant-" + organisation.getId(), Role.APPLICANT, null, organisation.getId(), null, null);
    }

    public Actor institution(Organisation organisation) {
        return new Actor("it-institution-" + organisation.getId(), Role.INSTITUTION, null, organisation.getId(), null,
                null);
    }

    public List<Region> cities() {
        return regions.findByLevel(RegionLevel.CITY);
    }

    public Region city(String code) {
        return regions.find(code).orElseThrow();
    }

    /** The first county of a city. */
    public Region countyOf(Region city) {
        return regions.findChildren(city.getCode()).get(0);
    }

    public Organisation registerInstitution(String name, Region region, String legalRepresentative) {
        return register(OrganisationType.INSTITUTION, name, region, legalRepresentative);
    }

    public Organisation register(OrganisationType type, String name, Region region) {
        return register(type, name, region, "张三");
    }

    private Organisation register(OrganisationType type, String name, Region region, String legalRepresentative) {
        String first17 = "91" + region.getCode() + "MA" + String.format("%07d",
                ThreadLocalRandom.current().nextInt(10_000_000));
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setName(name);
        organisation.setCreditCode(first17 + CreditCode.checkCharacter(first17));
        organisation.setRegion(region);
        organisation.setAddress(region.getFullName() + "测试路1号");
        organisation.setLegalRepresentative(legalRepresentative);
        organisation.setContactName("李四");
        organisation.setContactPhone("0571-88888888");
        return currentActor.runAsSystem(() -> organisations.register(organisation));
    }

    /** A batch of {@code level} with the given quotas by city code (others 0) and caps, deadline {@code deadline}. */
    public Batch openBatch(String title, ListLevel level, Set<UnitType> types, LocalDate deadline,
            Map<String, Integer> quotas, int provincialCap, int nationalCap) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (Region city : cities()) {
            all.put(city.getCode(), quotas.getOrDefault(city.getCode(), 0));
        }
        return as(PROVINCE, () -> batches.open(new BatchForm(deadline.getYear(), level, title, types, deadline,
                deadline.plusMonths(6), 7, provincialCap, nationalCap, all, null)));
    }

    public Batch openBatch(String title, LocalDate deadline, Map<String, Integer> quotas) {
        return openBatch(title, ListLevel.PROVINCIAL, EnumSet.of(UnitType.FACTORY, UnitType.PARK), deadline, quotas,
                Batch.DEFAULT_PROVINCIAL_CAP, Batch.DEFAULT_NATIONAL_CAP);
    }

    /** Indicators at or better than their benchmarks, and a park's facts that qualify it. */
    public static ApplicationForm leadingForm(Organisation applicant, Route route, Long institutionId) {
        return new ApplicationForm(applicant.getRegion().getCode(), "通用设备制造业", route, institutionId,
                new BigDecimal("0.18"), new BigDecimal("0.21"), new BigDecimal("1.3"), new BigDecimal("1.6"),
                new BigDecimal("96"), new BigDecimal("90"), new BigDecimal("23"), new BigDecimal("15"),
                new BigDecimal("0.41"), new BigDecimal("0.52"), true, true, new BigDecimal("78.5"), true);
    }

    /** A park's facts and nothing else (no indicators), its industrial share as given. */
    public static ApplicationForm parkFacts(Organisation park, BigDecimal industrialShare) {
        return new ApplicationForm(park.getRegion().getCode(), "通用设备制造业", Route.SELF_EVALUATION, null, null, null,
                null, null, null, null, null, null, null, null, true, true, industrialShare, true);
    }

    /** A PDF as an applicant would upload it (rendered by the portal, as the portal). */
    public byte[] reportPdf(String title) {
        return currentActor.runAsSystem(() -> documents.previewPdf(new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency("测试单位")), null,
                title, null, List.of("一、基本情况", "测试用评价报告。"), List.of(), LocalDate.of(2025, 6, 1), null, title)));
    }

    /** An application filled in, with its report, not yet submitted. */
    public Application drafted(Batch batch, Organisation applicant, ApplicationForm form) {
        byte[] report = reportPdf("评价报告");
        return as(applicant(applicant), () -> {
            Application a = applications.start(batch.getId());
            a = applications.update(a.getId(), a.getVersion(), form);
            return applications.attachReport(a.getId(), "评价报告.pdf", new ByteArrayInputStream(report));
        });
    }

    /** An application on its own evaluation with leading indicators, filled in, with its report, not submitted. */
    public Application drafted(Batch batch, Organisation applicant) {
        return drafted(batch, applicant, leadingForm(applicant, Route.SELF_EVALUATION, null));
    }

    /** The province records {@code ground}, found on {@code date} by {@code source}, in the exclusion register. */
    public void exclude(Organisation organisation, ExclusionGround ground, LocalDate date, String source) {
        as(PROVINCE, () -> exclusions.record(new ExclusionForm(organisation.getCreditCode(), organisation.getName(),
                ground, date, source, null), null, null));
    }

    public Application submit(Organisation applicant, long applicationId) {
        return as(applicant(applicant), () -> applications.submit(applicationId,
                applications.get(applicationId).getVersion()));
    }

    /** Through every review up to the city's approval. */
    public Application approve(long applicationId) {
        Application application = as(PROVINCE, () -> applications.get(applicationId));
        if (application.getRegion().getLevel() == RegionLevel.COUNTY && application.getUnitType() == UnitType.FACTORY) {
            review(countyClerk(application.getRegion()), applicationId, ReviewDecision.APPROVED, "同意");
        }
        return review(cityClerk(application.getCity()), applicationId, ReviewDecision.APPROVED, "同意");
    }

    /** {@code clerk} reviews the application in the version it has now. */
    public Application review(Actor clerk, long applicationId, ReviewDecision decision, String comment) {
        return as(clerk, () -> applications.review(applicationId, applications.get(applicationId).getVersion(),
                decision, comment));
    }

    /** On the city's municipal list, as a provincial nominee should be (004 §(十四)). */
    public void listMunicipal(Organisation organisation) {
        as(cityClerk(organisation.getRegion().city()), () -> nominations.listMunicipal(organisation.getId(), 2024,
                "市级名单（测试）"));
    }

    /** A new factory of {@code county} drafts its application with {@code institution} to evaluate it. */
    public Engagement engagementRequested(Batch batch, Region county, String name, Organisation institution) {
        Organisation factory = register(OrganisationType.ENTERPRISE, name, county);
        Application application = drafted(batch, factory, leadingForm(factory, Route.INSTITUTION, institution.getId()));
        return as(PROVINCE, () -> applications.engagements(application.getId())).get(0);
    }

    /** {@code institution} declares {@code affiliate}, registered too, as related to it (004 §(二十二)). */
    public void affiliate(Organisation institution, Organisation affiliate, String relation) {
        InstitutionAffiliate member = new InstitutionAffiliate();
        member.setName(affiliate.getName());
        member.setCreditCode(affiliate.getCreditCode());
        member.setRelation(relation);
        as(institution(institution), () -> affiliates.add(member));
    }

    /** A new factory in a county of {@code city}, on the city's municipal list. */
    public ListedUnit listedFactory(Region city, String name) {
        Organisation factory = register(OrganisationType.ENTERPRISE, name, countyOf(city));
        listMunicipal(factory);
        return listings.find(factory.getId(), UnitType.FACTORY, ListLevel.MUNICIPAL).orElseThrow();
    }

    /** {@code city}'s clerk nominates the application, issues the letter under {@code letterNumber} and submits. */
    public void nominateAndSubmit(Region city, Batch batch, long applicationId, String letterNumber) {
        as(cityClerk(city), () -> {
            nominations.nominate(applicationId);
            nominations.issueLetter(batch.getId(), letterNumber);
            return nominations.submit(batch.getId());
        });
    }

    /** A factory on the municipal list with its application approved by the city. */
    public Application approvedFactory(Batch batch, Region county, String name) {
        Organisation factory = register(OrganisationType.ENTERPRISE, name, county);
        listMunicipal(factory);
        Application application = drafted(batch, factory, leadingForm(factory, Route.SELF_EVALUATION, null));
        submit(factory, application.getId());
        return approve(application.getId());
    }

    /** The outcome of {@code rule} among an application's eligibility outcomes. */
    public static RuleOutcome outcome(List<RuleOutcome> outcomes, EligibilityRule rule) {
        return outcomes.stream().filter(o -> o.rule() == rule).findFirst().orElseThrow();
    }
}
