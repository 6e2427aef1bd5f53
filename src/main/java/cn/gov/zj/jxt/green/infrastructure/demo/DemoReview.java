package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.Actor;
import cn.gov.zj.jxt.green.application.CurrentActor;
import cn.gov.zj.jxt.green.application.ExpertForm;
import cn.gov.zj.jxt.green.application.ReviewService;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.TieKind;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.infrastructure.time.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The provincial review in the demo: an expert pool of eight, the first linked to the {@code expert} account, and
 * the 2025 batch's nominated 杭州 factory through 初审 and a panel draw. Of the eight, one consults for the factory
 * and two are in 杭州, so exactly five can sit: the draw is random and still seats the demo expert every time.
 */
@ApplicationScoped
public class DemoReview {

    static final String FACTORY_CODE = "91330106MA2GL0001N";

    @Inject
    ReviewService review;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    /** Runs with the clock moved; the caller resets it. */
    void load(long batch2025Id) {
        clock.moveTo(LocalDate.of(2025, 7, 8).atTime(10, 0).atZone(PortalClock.ZONE).toInstant());
        as(() -> {
            expert("许卫东", "工业节能与能效评估", "宁波大学", null, "330200", "expert");
            expert("陈静怡", "清洁生产审核", "温州大学", null, "330300", null);
            expert("林志远", "资源综合利用", "湖州师范学院", null, "330500", null);
            expert("王海峰", "碳排放核算", "嘉兴学院", null, "330400", null);
            expert("周晓燕", "环境管理体系", "绍兴文理学院", null, "330600", null);
            expert("郑国平", "绿色工厂评价", "浙江工业大学", null, "330100", null);
            review.addExpert(new ExpertForm("吴建明", "能源审计", "金华职业技术学院", null, "330700", null,
                    List.of(new ExpertForm.Tie(TieKind.ORGANISATION, null, FACTORY_CODE, "近三年为其提供节能咨询")), true));
            expert("钱立群", "绿色供应链管理", "浙江绿评节能技术服务有限公司（示例）", "91330108MA2CE0006A", "330100", null);

            Application factory = review.subjects(batch2025Id).stream().map(ReviewService.Standing::application)
                    .filter(a -> a.getOrganisation().getCreditCode().equals(FACTORY_CODE)).findFirst().orElseThrow();
            PreliminaryReview preliminary = review.openPreliminary(factory.getId());
            for (CheckItem item : preliminary.getItems()) {
                review.check(factory.getId(), item.getCode(), CheckFinding.OK, null);
            }
            review.decide(factory.getId(), PreliminaryOutcome.PASS, "基础合规性和指标体系审查通过。");
            return review.drawPanel(factory.getId(), ReviewService.DEFAULT_PANEL_SIZE, true);
        });
    }

    private void expert(String name, String specialty, String employer, String employerCode, String city,
            String account) {
        review.addExpert(new ExpertForm(name, specialty, employer, employerCode, city, account, List.of(), true));
    }

    private <T> T as(Supplier<T> work) {
        return currentActor.runAs(Actor.of(accounts.findByUsername("province").orElseThrow(), null), work);
    }
}
