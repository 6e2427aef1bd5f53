package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.review.ExpertForm;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.review.ScoreForm;
import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.TieKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The provincial review in the demo: an expert pool of eight, each with an account ({@code expert} is the first),
 * formed in June 2024; and the 2025 batch under review, its subjects at different stages: 杭州's factory through
 * 初审 and a panel draw, 湖州's scored by its whole panel, 温州's and 嘉兴's waiting for 初审. Of the eight, one
 * consults for 杭州's factory and two are in 杭州, so exactly five can sit on its panel: the draw is random and still
 * seats the demo expert every time.
 */
@ApplicationScoped
public class DemoReview {

    static final String FACTORY_CODE = "91330106MA2GL0001N";

    @Inject
    ReviewService review;

    @Inject
    ScoringService scoring;

    @Inject
    DemoActors actors;

    /** Runs with the clock moved; the caller resets it. */
    void load(long batch2025Id) {
        actors.at(LocalDate.of(2024, 6, 20));
        actors.as("province", () -> {
            expert("许卫东", "工业节能与能效评估", "宁波大学", null, "330200", "expert");
            expert("陈静怡", "清洁生产审核", "温州大学", null, "330300", "expert-chen");
            expert("林志远", "资源综合利用", "湖州师范学院", null, "330500", "expert-lin");
            expert("王海峰", "碳排放核算", "嘉兴学院", null, "330400", "expert-wang");
            expert("周晓燕", "环境管理体系", "绍兴文理学院", null, "330600", "expert-zhou");
            expert("郑国平", "绿色工厂评价", "浙江工业大学", null, "330100", "expert-zheng");
            review.addExpert(new ExpertForm("吴建明", "能源审计", "金华职业技术学院", null, "330700", "expert-wu",
                    List.of(new ExpertForm.Tie(TieKind.ORGANISATION, null, FACTORY_CODE, "近三年为其提供节能咨询")), true));
            return expert("钱立群", "绿色供应链管理", "浙江绿评节能技术服务有限公司（示例）", "91330108MA2CE0006A", "330100",
                    "expert-qian");
        });

        actors.at(LocalDate.of(2025, 7, 8));
        passedWithPanel(subject(batch2025Id, FACTORY_CODE));
        Application changxing = subject(batch2025Id, DemoNominationCycle.CHANGXING_FACTORY_CODE);
        actors.at(LocalDate.of(2025, 7, 9));
        passedWithPanel(changxing);
        actors.at(LocalDate.of(2025, 7, 18));
        scoredByPanel(changxing, 0);
    }

    /** The nominated application of {@code batchId} by the organisation with {@code creditCode}. */
    Application subject(long batchId, String creditCode) {
        return actors.as("province", () -> review.subjects(batchId).stream().map(ReviewService.Standing::application)
                .filter(a -> a.getOrganisation().getCreditCode().equals(creditCode)).findFirst().orElseThrow());
    }

    /** 初审 with every item found in order, passed, and a panel of five drawn from outside the applicant's city. */
    void passedWithPanel(Application application) {
        actors.as("province", () -> {
            PreliminaryReview preliminary = review.openPreliminary(application.getId());
            for (CheckItem item : preliminary.getItems()) {
                review.check(application.getId(), item.getCode(), CheckFinding.OK, null);
            }
            review.decide(application.getId(), PreliminaryOutcome.PASS, "基础合规性和指标体系审查通过。");
            return review.drawPanel(application.getId(), ReviewService.DEFAULT_PANEL_SIZE, true);
        });
    }

    /** Every seated expert scores, each a little differently ({@code offset} shifts the whole panel). */
    void scoredByPanel(Application application, int offset) {
        List<Assignment> seats = actors.as("province", () -> review.panel(application.getId()));
        for (int i = 0; i < seats.size(); i++) {
            Assignment seat = seats.get(i);
            int score = 84 + (i * 3 + offset) % 9;
            actors.as(seat.getExpert().getAccount().getUsername(), () -> scoring.score(seat.getId(), new ScoreForm(
                    Arrays.stream(Criterion.values()).map(c -> new ScoreForm.Item(c, score, "符合评价要求。")).toList(),
                    "指标优于行业标杆，同意列入。", false, null)));
        }
    }

    private Expert expert(String name, String specialty, String employer, String employerCode, String city,
            String account) {
        return review.addExpert(new ExpertForm(name, specialty, employer, employerCode, city, account, List.of(), true));
    }
}
