package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.park.PlanDecisionForm;
import cn.gov.zj.jxt.green.application.park.ProgressPeriods;
import cn.gov.zj.jxt.green.application.park.ProgressReportForm;
import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanForm;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanView;
import cn.gov.zj.jxt.green.application.park.TransformationSummaryService;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two parks of the demo registry with circular transformation plans (发改办环资〔2021〕1004号): 湖州南太湖's plan,
 * returned once and approved on its second submission, and 杭州钱塘's, returned with the province's comments and
 * still to be revised. Filed as the parks, decided by the provincial clerk, in 2022. 湖州南太湖 then reports its
 * 2024 progress, which the province's yearly report to NDRC and MIIT on 2024 sums in January 2025; the years it did
 * not report stand overdue, as their deadlines left them.
 */
@ApplicationScoped
public class DemoTransformationPlans {

    /** The parks DemoRegistry registers (county code and serial of their made-up credit codes). */
    static final String NANTAIHU = code("330502", "0009");
    static final String QIANTANG = code("330114", "0011");

    @Inject
    TransformationPlanService plans;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DemoActors actors;

    @Inject
    MovableClock clock;

    @Inject
    ProgressReportService progress;

    @Inject
    ProgressReportRepository reports;

    @Inject
    DeadlineService deadlines;

    @Inject
    TransformationSummaryService summaries;

    public void load() {
        try {
            Organisation nantaihu = organisations.findByCreditCode(NANTAIHU).orElseThrow();
            actors.at(LocalDate.of(2022, 4, 18));
            actors.asApplicant(nantaihu, () -> plans.submit(nantaihu(null)));
            actors.at(LocalDate.of(2022, 5, 9));
            decide(nantaihu, PlanDecisionForm.Decision.RETURN, "请补充各项目的资金来源，并细化固体废物综合利用率的测算依据。");
            actors.at(LocalDate.of(2022, 5, 20));
            PlanView returned = actors.asApplicant(nantaihu, () -> plans.own().orElseThrow());
            actors.asApplicant(nantaihu, () -> plans.submit(nantaihu(returned.version())));
            actors.at(LocalDate.of(2022, 6, 10));
            decide(nantaihu, PlanDecisionForm.Decision.APPROVE, "同意实施，请按年度报送工作进展。");
            long plan = actors.asApplicant(nantaihu, () -> plans.own().orElseThrow()).id();
            // The years pass: 2022 and 2023 go unreported (overdue), 2024 is filed on time.
            yearsPassUntil(plan, LocalDate.of(2024, 12, 20));
            actors.asApplicant(nantaihu, () -> progress.file(nantaihu2024()));
            // Early next year the province reports 2024's overall progress to NDRC and MIIT (§三(五)).
            actors.at(LocalDate.of(2025, 1, 20));
            actors.as("province", () -> summaries.issue(SummaryKind.YEARLY, 2024));

            Organisation qiantang = organisations.findByCreditCode(QIANTANG).orElseThrow();
            actors.at(LocalDate.of(2022, 5, 30));
            actors.asApplicant(qiantang, () -> plans.submit(qiantang()));
            actors.at(LocalDate.of(2022, 6, 20));
            decide(qiantang, PlanDecisionForm.Decision.RETURN,
                    "预期成效中二氧化碳减排量与节能量不匹配，请核实；化工园区应补充危险废物集中处置项目。");
            clock.reset();
            // Up to today: 2025 unreported, the current year reminded (from December 1) and open.
            yearsPassUntil(plan, null);
        } finally {
            clock.reset();
        }
    }

    /**
     * Moves the clock to {@code day} (today when {@code null}) and runs the plan's progress deadlines due by then in
     * this transaction, as their timers would: each year's cut-off opens the next year, whose deadlines run in turn.
     */
    private void yearsPassUntil(long planId, LocalDate day) {
        if (day != null) {
            actors.at(day);
        }
        Set<Long> fired = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (ProgressReport report : reports.ofPlan(planId)) {
                for (Deadline deadline : deadlines.ofSubject(ProgressPeriods.SUBJECT, report.getId())) {
                    if (!deadline.getDueAt().isAfter(clock.now()) && fired.add(deadline.getId())) {
                        deadlines.fireInCallerTransaction(deadline.getId());
                        more = true;
                    }
                }
            }
        }
    }

    private static ProgressReportForm nantaihu2024() {
        return new ProgressReportForm(2024, new BigDecimal("14200"), new BigDecimal("460000"), new BigDecimal("37500"),
                new BigDecimal("21000"), new BigDecimal("310000"), new BigDecimal("150"), new BigDecimal("0.41"),
                new BigDecimal("6.1"), new BigDecimal("94.2"),
                "集中供热管网改造全部完工，替代分散燃煤锅炉12台；屋顶分布式光伏累计并网38兆瓦；固废资源化利用中心主体完工。"
                        + "困难：部分企业屋顶承重不足，光伏建设进度滞后。");
    }

    private void decide(Organisation park, PlanDecisionForm.Decision decision, String comment) {
        PlanView plan = actors.asApplicant(park, () -> plans.own().orElseThrow());
        actors.as("province", () -> plans.decide(new PlanDecisionForm(plan.id(), decision, comment, plan.version())));
    }

    private static TransformationPlanForm nantaihu(Long version) {
        return new TransformationPlanForm(
                "园区规划面积32平方公里，以高端装备、新能源汽车零部件和生物医药为主导产业，2021年工业总产值约520亿元，"
                        + "综合能耗约48万吨标准煤，已建成集中供热和污水集中处理设施。",
                "优化产业空间布局，推广集中供热供气；促进产业循环链接，延伸新能源汽车零部件产业链；推动节能降碳，"
                        + "建设分布式光伏；推进工业固体废物综合利用和中水回用；加强废气、废水集中治理。",
                List.of(new TransformationPlanForm.Project("园区集中供热管网改造", "新建蒸汽管网18公里，替代企业分散燃煤锅炉12台",
                                new BigDecimal("12800"), 2022, 2023),
                        new TransformationPlanForm.Project("屋顶分布式光伏", "在30家企业屋顶建设分布式光伏45兆瓦",
                                new BigDecimal("18500"), 2022, 2024),
                        new TransformationPlanForm.Project("工业固废资源化利用中心", "建设年处理10万吨一般工业固废的资源化利用中心",
                                new BigDecimal("9600"), 2023, 2025)),
                new BigDecimal("36000"), new BigDecimal("1200000"), new BigDecimal("95000"), new BigDecimal("60000"),
                new BigDecimal("800000"), new BigDecimal("420"), new BigDecimal("0.38"), new BigDecimal("5.6"),
                new BigDecimal("96.5"),
                "成立由管委会主要负责人任组长的循环化改造工作领导小组；设立专项资金；将项目纳入年度考核。",
                version);
    }

    private static TransformationPlanForm qiantang() {
        return new TransformationPlanForm(
                "园区以精细化工和新材料为主导产业，2021年工业总产值约680亿元，综合能耗约95万吨标准煤。",
                "促进化工产业循环链接，推进副产物综合利用；推进蒸汽梯级利用和余热回收；加强废水分质处理和中水回用。",
                List.of(new TransformationPlanForm.Project("余热余压回收利用", "在8家重点企业建设余热锅炉和余压发电装置",
                        new BigDecimal("15200"), 2022, 2024),
                        new TransformationPlanForm.Project("园区中水回用工程", "建设日处理2万吨中水回用设施",
                                new BigDecimal("8600"), 2022, 2023)),
                new BigDecimal("52000"), new BigDecimal("2500000"), new BigDecimal("40000"), new BigDecimal("35000"),
                new BigDecimal("1600000"), new BigDecimal("680"), new BigDecimal("0.52"), new BigDecimal("7.8"),
                new BigDecimal("92"),
                "管委会统筹推进，建立项目清单和月度调度制度；争取省级循环经济专项资金支持。",
                null);
    }

    static String code(String county, String serial) {
        String first17 = "91" + county + "MA2DR" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }
}
