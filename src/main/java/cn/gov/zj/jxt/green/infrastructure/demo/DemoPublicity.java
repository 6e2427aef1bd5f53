package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentNumberService;
import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.publicity.DefaultPublicityService;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publicity 公示 in the demo, each batch taken from the cities' applications through the provincial review onto its
 * proposed list by the same steps as the 2025 batch (DemoNominationCycle, DemoReview):
 * <ul>
 * <li>the 2024 batch, three factories of 衢州, 台州 and 舟山: its 15 days closed without objection and the joint
 * publication put them on the provincial list;</li>
 * <li>the batch of the last June 30 at least a hundred days back, four factories of 金华, 绍兴, 丽水 and 嘉兴: its
 * 15 days began four days before the demo's date and run on; a member of the public has objected to one entry,
 * and the province has that objection to handle.</li>
 * </ul>
 * The periods open and close by their own deadline rows, fired here at their time as the timers would have: the
 * closed period's are done, the running period's close is pending and closes it by its timer.
 */
@ApplicationScoped
public class DemoPublicity {

    static final String CONTACT = "浙江省经济和信息化厅节能与综合利用处，0571-87000000（示例）";

    private static final Logger LOG = Logger.getLogger(DemoPublicity.class.getName());

    @Inject
    BatchService batches;

    @Inject
    PublicityService publicity;

    @Inject
    ReviewService review;

    @Inject
    DeadlineService deadlines;

    @Inject
    DocumentNumberService numbers;

    @Inject
    DemoNominationCycle cycle;

    @Inject
    DemoReview demoReview;

    @Inject
    DemoActors actors;

    @Inject
    MovableClock clock;

    /** Runs with the clock moved to each step's day; the caller resets it. */
    void load() {
        closed2024();
        clock.reset();
        LocalDate today = clock.today();
        LocalDate hundredDaysBack = today.minusDays(100);
        int year = hundredDaysBack.isBefore(LocalDate.of(hundredDaysBack.getYear(), 6, 30))
                ? hundredDaysBack.getYear() - 1 : hundredDaysBack.getYear();
        openToday(year, today);
    }

    private void closed2024() {
        Batch batch = proposed(2024, List.of(
                new Nominee("衢州衢江新材料有限公司（示例）", "330803", "0011", "化学原料和化学制品制造业",
                        "衢经信函〔2024〕33号（示例）"),
                new Nominee("台州黄岩模塑科技有限公司（示例）", "331003", "0012", "橡胶和塑料制品业",
                        "台经信函〔2024〕47号（示例）"),
                new Nominee("舟山定海船舶配套有限公司（示例）", "330902", "0013", "铁路、船舶、航空航天和其他运输设备制造业",
                        "舟经信函〔2024〕12号（示例）")));
        actors.at(LocalDate.of(2024, 10, 28));
        Publicity period = actors.as("province", () -> publicity.publish(batch.getId(),
                new PublicityForm(LocalDate.of(2024, 10, 29), 15, CONTACT)));
        actors.at(LocalDate.of(2024, 10, 29));
        deadlinesDue(period);
        // The last day is November 12; the period closes at 24:00 of it.
        actors.at(LocalDate.of(2024, 11, 13));
        deadlinesDue(period);
        actors.at(LocalDate.of(2024, 11, 15));
        actors.as("province", () -> publicity.conclude(period.getId()));
        actors.at(LocalDate.of(2024, 11, 20));
        // Numbers 1–136 of the department's 2024 series were issued before the portal.
        numbers.continueSeries(Issuer.GREEN, 2024, 136);
        actors.as("province", () -> publicity.publishJointly(period.getId(), LocalDate.of(2024, 11, 20)));
    }

    private void openToday(int year, LocalDate today) {
        Batch batch = proposed(year, List.of(
                new Nominee("义乌绿色包装科技有限公司（示例）", "330782", "0021", "造纸和纸制品业",
                        "金经信函〔" + year + "〕38号（示例）"),
                new Nominee("绍兴上虞精细化工有限公司（示例）", "330604", "0022", "化学原料和化学制品制造业",
                        "绍市经信函〔" + year + "〕21号（示例）"),
                new Nominee("丽水莲都阀门制造有限公司（示例）", "331102", "0023", "通用设备制造业",
                        "丽经信函〔" + year + "〕15号（示例）"),
                new Nominee("海盐紧固件制造有限公司（示例）", "330424", "0024", "金属制品业",
                        "嘉经信函〔" + year + "〕66号（示例）")));
        actors.at(today.minusDays(5));
        Publicity period = actors.as("province", () -> publicity.publish(batch.getId(),
                new PublicityForm(today.minusDays(4), 15, CONTACT)));
        actors.at(today.minusDays(4));
        deadlinesDue(period);
        actors.at(today.minusDays(2));
        PublicityEntry shangyu = period.getEntries().stream()
                .filter(e -> e.getApplication().getOrganisation().getName().startsWith("绍兴上虞")).findFirst()
                .orElseThrow();
        PublicityService.Receipt receipt = actors.asPublic(() -> publicity.object(period.getId(), new ObjectionForm(
                shangyu.getId(), "李某（示例）", "33060219780315231X", "13900000003", null,
                "该企业去年曾因废水超标排放受到生态环境部门行政处罚，与公示材料中“近三年未发生较大及以上环境事件”的"
                        + "说法不符。处罚决定书可在绍兴市生态环境局网站查到。"), List.of()));
        LOG.info(() -> "Demo data: the objection to " + shangyu.getApplication().getOrganisation().getName()
                + " is followed under 公示 with receipt code " + receipt.code());
    }

    /** A factory the city nominates, and the number of the city's 推荐函. */
    private record Nominee(String name, String county, String serial, String industry, String letter) {
    }

    /**
     * The batch of {@code year}, opened in May with the 2025 quotas: each nominee applied in early June and its city
     * nominated it; the province passed every one at 初审 in July, their panels scored them, one was inspected on
     * site and confirmed, and all went on the proposed list on September 2.
     */
    private Batch proposed(int year, List<Nominee> nominees) {
        actors.at(LocalDate.of(year, 5, 20));
        Batch batch = actors.as("province", () -> batches.open(new BatchForm(year, ListLevel.PROVINCIAL,
                year + "年省级绿色低碳工业园区和工厂推荐", EnumSet.of(UnitType.PARK, UnitType.FACTORY),
                LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31), 7, Batch.DEFAULT_PROVINCIAL_CAP,
                Batch.DEFAULT_NATIONAL_CAP, cycle.byCode(DemoNotices.QUOTAS_2025), null)));
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Nominee nominee = nominees.get(i);
            Organisation factory = cycle.enterprise(nominee.name(), nominee.county(), nominee.serial());
            LocalDate from = LocalDate.of(year, 6, 3 + i);
            Application application = cycle.approved(batch, factory, nominee.industry(), from);
            cycle.submitted(batch, from, List.of(application), nominee.letter());
            applications.add(application);
        }
        actors.at(LocalDate.of(year, 7, 10));
        applications.forEach(demoReview::passedWithPanel);
        actors.at(LocalDate.of(year, 7, 25));
        for (int i = 0; i < applications.size(); i++) {
            demoReview.scoredByPanel(applications.get(i), i * 2);
        }
        actors.at(LocalDate.of(year, 8, 6));
        List<Inspection> sample = actors.as("province", () -> {
            review.drawInspections(batch.getId(), 1, null);
            return review.inspections(batch.getId());
        });
        actors.at(LocalDate.of(year, 8, 20));
        for (Inspection inspection : sample) {
            actors.as("province", () -> review.recordInspection(inspection.getId(), InspectionResult.CONFIRMED,
                    "现场核查：生产线、能源计量器具和台账与申报材料一致。"));
        }
        actors.at(LocalDate.of(year, 9, 2));
        for (Application application : applications) {
            actors.as("province", () -> review.propose(application.getId(), true, null));
        }
        return batch;
    }

    /** The period's deadlines that are due on the clock, run in this transaction as their timers would run them. */
    private void deadlinesDue(Publicity period) {
        for (Deadline deadline : deadlines.ofSubject(DefaultPublicityService.SUBJECT, period.getId())) {
            if (deadline.getDoneAt() == null && !deadline.getDueAt().isAfter(clock.now())) {
                deadlines.fireInCallerTransaction(deadline.getId());
            }
        }
    }
}
