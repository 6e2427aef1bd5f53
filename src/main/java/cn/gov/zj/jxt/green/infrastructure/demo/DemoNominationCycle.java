package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationForm;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The nomination cycle in the demo, done through the services by the demo accounts as they would do it:
 * <ul>
 * <li>the 2025 batch of the seed-003 call (quotas of its 附件1, total 200), in which 杭州, 温州, 湖州 and 嘉兴 each
 * nominated a factory and submitted by June 30 and 宁波's park waits on its institution's signed undertaking; the
 * deadlines have long passed, so the timers lock the batch and tell the cities that missed it as soon as the portal
 * is up;</li>
 * <li>the 2022 park targets of seed 000 (total 18) as a second batch;</li>
 * <li>an open batch for the coming June 30, with its call drafted, to apply in today.</li>
 * </ul>
 */
@ApplicationScoped
public class DemoNominationCycle {

    /** 2022 green low-carbon park targets per city, 附件 of seed 000 (浙经信绿色〔2022〕64号). */
    static final String YUEQING_FACTORY_CODE = "91330382MA2WH00031";
    static final String CHANGXING_FACTORY_CODE = "91330522MA2HU0005M";

    static final Map<String, Integer> PARK_TARGETS_2022 = Map.ofEntries(Map.entry("杭州市", 2), Map.entry("宁波市", 2),
            Map.entry("温州市", 2), Map.entry("湖州市", 3), Map.entry("嘉兴市", 1), Map.entry("绍兴市", 1),
            Map.entry("金华市", 2), Map.entry("衢州市", 1), Map.entry("舟山市", 1), Map.entry("台州市", 2),
            Map.entry("丽水市", 1));

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    EngagementService engagements;

    @Inject
    NominationService nominations;

    @Inject
    DocumentService documents;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    @Inject
    OrganisationService organisationService;

    @Inject
    DemoActors actors;

    /** Runs with the clock moved to each step's day; the caller resets it. Answers the 2025 batch's id. */
    long load(long call2025Id) {
        long batch2025 = batch2025(call2025Id);
        at(LocalDate.of(2022, 3, 22));
        batches.open(new BatchForm(2022, ListLevel.PROVINCIAL, "2022年省级绿色低碳工业园区创建", EnumSet.of(UnitType.PARK),
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 12, 31), 7, Batch.DEFAULT_PROVINCIAL_CAP,
                Batch.DEFAULT_NATIONAL_CAP, byCode(PARK_TARGETS_2022), null));
        clock.reset();
        LocalDate today = clock.today();
        int year = today.isAfter(LocalDate.of(today.getYear(), 6, 30)) ? today.getYear() + 1 : today.getYear();
        batches.open(new BatchForm(year, ListLevel.PROVINCIAL, year + "年省级绿色低碳工业园区和工厂推荐",
                EnumSet.of(UnitType.PARK, UnitType.FACTORY), LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31), 7,
                Batch.DEFAULT_PROVINCIAL_CAP, Batch.DEFAULT_NATIONAL_CAP, byCode(DemoNotices.QUOTAS_2025), null));
        return batch2025;
    }

    private long batch2025(long callId) {
        at(LocalDate.of(2025, 5, 28));
        Batch batch = batches.open(new BatchForm(2025, ListLevel.PROVINCIAL, "2025年省级绿色低碳工业园区和工厂推荐",
                EnumSet.of(UnitType.PARK, UnitType.FACTORY), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), 7,
                Batch.DEFAULT_PROVINCIAL_CAP, Batch.DEFAULT_NATIONAL_CAP, byCode(DemoNotices.QUOTAS_2025), callId));
        Organisation factory = organisations.findByCreditCode("91330106MA2GL0001N").orElseThrow();
        Organisation park = organisations.findByCreditCode("12330206MB1PK0002A").orElseThrow();
        Organisation institution = organisations.findByCreditCode("91330108MA2CE0006A").orElseThrow();

        // 杭州 put its factory on the 2024 municipal list; the factory applies on its own.
        as("hangzhou", () -> nominations.listMunicipal(factory.getId(), 2024, "杭经信〔2024〕88号（示例）"));
        at(LocalDate.of(2025, 6, 3));
        byte[] report = report(factory.getName(), batch.getTitle());
        Application hangzhou = as("applicant", () -> {
            Application a = applications.start(batch.getId());
            a = applications.update(a.getId(), a.getVersion(), form(factory, Route.SELF_EVALUATION, null, "通用设备制造业"));
            a = applications.attachReport(a.getId(), "绿色低碳工厂自评价报告.pdf",
                    new ByteArrayInputStream(report));
            return applications.submit(a.getId(), a.getVersion());
        });
        at(LocalDate.of(2025, 6, 10));
        as("xihu", () -> applications.review(hangzhou.getId(), hangzhou.getVersion(), ReviewDecision.APPROVED,
                "材料齐全，指标优于行业标杆。"));
        at(LocalDate.of(2025, 6, 16));
        as("hangzhou", () -> applications.review(hangzhou.getId(), hangzhou.getVersion(), ReviewDecision.APPROVED,
                "同意推荐。"));
        at(LocalDate.of(2025, 6, 20));
        as("hangzhou", () -> {
            nominations.nominate(hangzhou.getId());
            nominations.issueLetter(batch.getId(), "杭经信函〔2025〕36号（示例）");
            return nominations.submit(batch.getId());
        });

        // 宁波's park entrusts the institution, which accepts; the signed undertaking is still to come.
        at(LocalDate.of(2025, 6, 5));
        Application ningbo = as("ningbo-park", () -> {
            Application a = applications.start(batch.getId());
            ApplicationForm form = form(park, Route.INSTITUTION, institution.getId(), "国家级经济技术开发区");
            return applications.update(a.getId(), a.getVersion(), form);
        });
        Engagement engagement = applications.engagements(ningbo.getId()).get(0);
        as("institution", () -> engagements.accept(engagement.getId()));

        // Three more cities nominated a factory each and submitted on time; their review is further behind.
        Organisation yueqing = organisations.findByCreditCode(YUEQING_FACTORY_CODE).orElseThrow();
        Organisation changxing = organisations.findByCreditCode(CHANGXING_FACTORY_CODE).orElseThrow();
        Organisation nanhu = enterprise("嘉兴南湖智能装备有限公司（示例）", "330402", "0001");
        submitted(batch, LocalDate.of(2025, 6, 4), List.of(
                approved(batch, yueqing, "电气机械和器材制造业", LocalDate.of(2025, 6, 4))), "温经信函〔2025〕41号（示例）");
        submitted(batch, LocalDate.of(2025, 6, 5), List.of(
                approved(batch, changxing, "电气机械和器材制造业", LocalDate.of(2025, 6, 5))), "湖经信函〔2025〕29号（示例）");
        submitted(batch, LocalDate.of(2025, 6, 6), List.of(
                approved(batch, nanhu, "专用设备制造业", LocalDate.of(2025, 6, 6))), "嘉经信函〔2025〕52号（示例）");
        return batch.getId();
    }

    /**
     * An enterprise without a demo account, registered as the portal registers one; its credit code is made up
     * but valid.
     */
    Organisation enterprise(String name, String county, String serial) {
        String first17 = "91" + county + "MA2PB" + serial;
        Region region = regions.find(county).orElseThrow();
        Organisation organisation = new Organisation();
        organisation.setType(OrganisationType.ENTERPRISE);
        organisation.setName(name);
        organisation.setCreditCode(first17 + CreditCode.checkCharacter(first17));
        organisation.setRegion(region);
        organisation.setAddress(region.getFullName() + "示例路8号");
        organisation.setLegalRepresentative("示例");
        organisation.setContactName("示例联系人");
        organisation.setContactPhone("0571-88000000");
        return organisationService.register(organisation);
    }

    /**
     * A factory's application from {@code from} on: on its city's list of the year before, self-evaluated, applied,
     * approved by its county and its city within two weeks. The clock ends on the city's approval.
     */
    Application approved(Batch batch, Organisation factory, String industry, LocalDate from) {
        Region county = factory.getRegion();
        String city = county.city().getCode();
        at(from.minusMonths(6).withDayOfMonth(20));
        actors.asClerkOf(city, () -> nominations.listMunicipal(factory.getId(), from.getYear() - 1,
                county.city().getName().substring(0, 1) + "经信〔" + (from.getYear() - 1) + "〕"
                        + (60 + Long.parseLong(factory.getCreditCode().substring(13, 17))) + "号（示例）"));
        at(from);
        byte[] report = report(factory.getName(), batch.getTitle());
        Application application = actors.asApplicant(factory, () -> {
            Application a = applications.start(batch.getId());
            a = applications.update(a.getId(), a.getVersion(), form(factory, Route.SELF_EVALUATION, null, industry));
            a = applications.attachReport(a.getId(), "绿色低碳工厂自评价报告.pdf", new ByteArrayInputStream(report));
            return applications.submit(a.getId(), a.getVersion());
        });
        at(from.plusDays(5));
        actors.asClerkOf(county.getCode(), () -> applications.review(application.getId(), application.getVersion(),
                ReviewDecision.APPROVED, "材料齐全，指标优于行业标杆。"));
        at(from.plusDays(10));
        return actors.asClerkOf(city, () -> applications.review(application.getId(), application.getVersion(),
                ReviewDecision.APPROVED, "同意推荐。"));
    }

    /** The city nominates its approved applications, issues its 推荐函 and submits, two weeks after {@code from}. */
    void submitted(Batch batch, LocalDate from, List<Application> approved, String letterNumber) {
        at(from.plusDays(14));
        actors.asClerkOf(approved.get(0).getCity().getCode(), () -> {
            approved.forEach(a -> nominations.nominate(a.getId()));
            nominations.issueLetter(batch.getId(), letterNumber);
            return nominations.submit(batch.getId());
        });
    }

    private static ApplicationForm form(Organisation applicant, Route route, Long institutionId, String industry) {
        return new ApplicationForm(applicant.getRegion().getCode(), industry, route, institutionId,
                new BigDecimal("0.182"), new BigDecimal("0.210"), new BigDecimal("1.35"), new BigDecimal("1.60"),
                new BigDecimal("96.5"), new BigDecimal("90"), new BigDecimal("23.0"), new BigDecimal("15"),
                new BigDecimal("0.41"), new BigDecimal("0.52"), true, true, new BigDecimal("78.5"), true);
    }

    private byte[] report(String applicant, String batchTitle) {
        return documents.previewPdf(new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency(applicant)), null,
                "绿色低碳工厂自评价报告（示例）", null, List.of(
                        "一、企业基本情况",
                        "本报告为演示数据，按《浙江省绿色低碳工厂建设评价导则（2024版）》的结构编写，用于" + batchTitle + "。",
                        "二、绿色制造水平对标",
                        "单位产品综合能耗、取水量、固体废物综合利用率、可再生能源使用比例、单位产品碳排放强度均优于行业标杆值。"),
                List.of(), clock.today(), null, "自评价报告"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return currentActor.runAs(Actor.of(accounts.findByUsername(username).orElseThrow(), null), work);
    }

    private void at(LocalDate day) {
        clock.moveTo(day.atTime(10, 0).atZone(MovableClock.ZONE).toInstant());
    }

    Map<String, Integer> byCode(Map<String, Integer> byName) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (Region city : regions.findByLevel(RegionLevel.CITY)) {
            quotas.put(city.getCode(), byName.getOrDefault(city.getName(), 0));
        }
        return quotas;
    }
}
