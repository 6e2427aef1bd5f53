package cn.gov.zj.jxt.green.infrastructure.demo;

import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.document.DocumentNumberService;
import cn.gov.zj.jxt.green.application.notice.NoticeForm;
import cn.gov.zj.jxt.green.application.notice.NoticeService.AnnexTableSource;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo organisations and one account per role (README.md lists them). Every organisation is fictional;
 * the credit codes are made up but valid. Loaded through the application services as the system, so the
 * audit log shows how the demo came to be.
 */
@Stateless
public class DemoDataLoader {

    /** The password of every demo account; README.md tells it. */
    public static final String DEMO_PASSWORD = "Green2025demo";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationService organisationService;

    @Inject
    AccountService accountService;

    @Inject
    CurrentActor currentActor;

    @Inject
    DemoNominationCycle nominationCycle;

    @Inject
    DemoReview review;

    @Inject
    DemoReports demoReports;

    @Inject
    DemoDynamicManagement dynamicManagement;

    @Inject
    DemoRegistry registry;

    @Inject
    DemoParkTargets parkTargets;

    @Inject
    DemoPublicity publicity;

    @Inject
    DemoTransformationPlans transformationPlans;

    @Inject
    DemoPilots pilots;

    @Inject
    NoticeService notices;

    @Inject
    NoticeRepository noticeRepository;

    @Inject
    DocumentNumberService numbers;

    @Inject
    MovableClock clock;

    public void loadIntoEmptyDatabase() {
        if (accounts.count() > 0) {
            LOG.info("Demo data: the database already has accounts; nothing loaded");
            return;
        }
        currentActor.runAsSystem(() -> {
            load();
            long call = loadCall2025();
            try {
                review.load(nominationCycle.load(call));
                dynamicManagement.load();
                publicity.load();
            } finally {
                clock.reset();
            }
            registry.load();
            parkTargets.load();
            // Circular transformation plans of two registry parks: one approved, one returned.
            transformationPlans.load();
            // The 2025 low-carbon park pilot call: three applications, two recommended in the joint letter.
            pilots.load();
            // On today's clock: their handling period runs from now, as a newly received report's would.
            demoReports.load();
            return null;
        });
        LOG.info("Demo data loaded: accounts for every role, organisations in eleven cities, the 2025 call and "
                + "batches, the 2025 batch under review in four cities, a publicity period open today with an objection "
                + "and a closed one jointly published, listed units with their history, dynamic management forms and "
                + "a removal announcement, the 2022 park targets, two parks' circular transformation plans, "
                + "a low-carbon park pilot call with three applications and two recommended, two named reports");
    }

    /** The first administrator of a production database; nothing happens once any account exists. */
    public void createInitialAdministrator(String password) {
        if (accounts.count() > 0) {
            return;
        }
        currentActor.runAsSystem(() -> {
            Account admin = new Account();
            admin.setUsername("admin");
            admin.setDisplayName("系统管理员");
            admin.setRole(Role.ADMIN);
            return accountService.create(admin, password);
        });
        LOG.info("Initial administrator 'admin' created from PORTAL_INITIAL_ADMIN_PASSWORD");
    }

    private void load() {
        Organisation factory = organisation(OrganisationType.ENTERPRISE, "杭州绿源精密制造有限公司（示例）",
                "91330106MA2GL0001N", "330106", "杭州市西湖区三墩镇西园路8号", "陈立新", "王敏", "0571-88000001");
        Organisation park = organisation(OrganisationType.PARK, "宁波临港绿色产业园区管理委员会（示例）", "12330206MB1PK0002A", "330206",
                "宁波市北仑区新碶街道明州路188号", "李国强", "周婷", "0574-86000002");
        organisation(OrganisationType.ENTERPRISE, "乐清电气绿能科技有限公司（示例）", "91330382MA2WH00031", "330382",
                "温州市乐清市柳市镇长江路66号", "郑海波", "林晓", "0577-62000003");
        organisation(OrganisationType.SUPPLY_CHAIN_ENTERPRISE, "海宁经编供应链管理有限公司（示例）",
                "91330481MA2JX0004X", "330481", "嘉兴市海宁市马桥街道经编大道1号", "沈建华", "徐丽", "0573-87000004");
        organisation(OrganisationType.ENTERPRISE, "长兴新能源电池有限公司（示例）", "91330522MA2HU0005M", "330522",
                "湖州市长兴县雉城街道太湖大道99号", "吴志刚", "钱芳", "0572-62000005");
        organisation(OrganisationType.ENTERPRISE, "宁波甬江绿色材料有限公司（示例）", "91330212MA2NB00081", "330212",
                "宁波市鄞州区首南街道天童南路555号", "孙海", "陆佳", "0574-88000008");
        Organisation institution = organisation(OrganisationType.INSTITUTION, "浙江绿评节能技术服务有限公司（示例）",
                "91330108MA2CE0006A", "330108", "杭州市滨江区长河街道江南大道3888号", "赵明", "何静",
                "0571-87000006");
        organisation(OrganisationType.INSTITUTION, "绍兴低碳认证评价中心有限公司（示例）", "91330603MA2QX00072",
                "330603", "绍兴市柯桥区柯桥街道金柯桥大道1418号", "冯涛", "蒋琳", "0575-84000007");

        account("admin", "系统管理员", Role.ADMIN, null, null);
        account("province", "省经信厅 张科长", Role.PROVINCE_CLERK, null, null);
        account("hangzhou", "杭州市经信局 刘老师", Role.CITY_CLERK, "330100", null);
        account("ningbo", "宁波市经信局 黄老师", Role.CITY_CLERK, "330200", null);
        account("xihu", "西湖区经信局 杨老师", Role.COUNTY_CLERK, "330106", null);
        account("applicant", "杭州绿源 王敏", Role.APPLICANT, null, factory);
        account("institution", "浙江绿评 何静", Role.INSTITUTION, null, institution);
        account("ningbo-park", "宁波临港园区 周婷", Role.APPLICANT, null, park);
        account("expert", "评审专家 许教授", Role.EXPERT, null, null);
        // The rest of the expert pool (DemoReview), who score the panels they are drawn for.
        account("expert-chen", "评审专家 陈静怡", Role.EXPERT, null, null);
        account("expert-lin", "评审专家 林志远", Role.EXPERT, null, null);
        account("expert-wang", "评审专家 王海峰", Role.EXPERT, null, null);
        account("expert-zhou", "评审专家 周晓燕", Role.EXPERT, null, null);
        account("expert-zheng", "评审专家 郑国平", Role.EXPERT, null, null);
        account("expert-wu", "评审专家 吴建明", Role.EXPERT, null, null);
        account("expert-qian", "评审专家 钱立群", Role.EXPERT, null, null);
        account("supervisor", "驻厅纪检组 邵老师", Role.SUPERVISOR, null, null);
    }

    private Organisation organisation(OrganisationType type, String name, String creditCode, String regionCode,
            String address, String legalRepresentative, String contactName, String contactPhone) {
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setName(name);
        organisation.setCreditCode(creditCode);
        organisation.setRegion(region(regionCode));
        organisation.setAddress(address);
        organisation.setLegalRepresentative(legalRepresentative);
        organisation.setContactName(contactName);
        organisation.setContactPhone(contactPhone);
        return organisationService.register(organisation);
    }

    private void account(String username, String displayName, Role role, String regionCode,
            Organisation organisation) {
        Account account = new Account();
        account.setUsername(username);
        account.setDisplayName(displayName);
        account.setRole(role);
        account.setRegion(regionCode == null ? null : region(regionCode));
        account.setOrganisation(organisation);
        // Addresses under .example (RFC 2606): demo notifications can be e-mailed without reaching anyone.
        account.setEmail(username + "@green-portal.example");
        accountService.create(account, DEMO_PASSWORD);
    }

    private Region region(String code) {
        return regions.find(code).orElseThrow(() -> new IllegalStateException("no region " + code));
    }

    /**
     * The 2025 call (seed 003) as the department issued it: 浙经信绿色便函〔2025〕58号 of 2025-05-28, with its quota
     * table and blank summary table, issued and published through the same services a clerk uses. Numbers 1–57 of
     * that series were issued before the portal, so the series continues after 57; the clock reads the day of
     * issue while it is issued.
     */
    private long loadCall2025() {
        DocumentContent call = DemoNotices.call2025();
        clock.moveTo(LocalDate.of(2025, 5, 28).atTime(10, 0).atZone(MovableClock.ZONE).toInstant());
        try {
            numbers.continueSeries(Issuer.GREEN_LETTER, 2025, 57);
            Notice notice = notices.create(new NoticeForm(NoticeKind.LETTER, call.title(), call.recipients(),
                    String.join("\n", call.body()), List.of(), null, call.date()));
            StringBuilder quotas = new StringBuilder("地市\t推荐名额\n");
            DemoNotices.CITIES.forEach(city -> quotas.append(city).append('\t')
                    .append(DemoNotices.QUOTAS_2025.get(city)).append('\n'));
            quotas.append("合  计\t200\n");
            notices.addTableAnnex(notice.getId(), AnnexTableSource.PASTED, DemoNotices.QUOTA_TITLE,
                    quotas.toString());
            notice = notices.addTableAnnex(notice.getId(), AnnexTableSource.NOMINATION_SUMMARY, null, null);
            // All of this is one transaction: the version a clerk would have seen is the one after the flush.
            noticeRepository.flush();
            notice = notices.issue(notice.getId(), notice.getVersion());
            notices.publish(notice.getId());
            return notice.getId();
        } finally {
            clock.reset();
        }
    }
}
