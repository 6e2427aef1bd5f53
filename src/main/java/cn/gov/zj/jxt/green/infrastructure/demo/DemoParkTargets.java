package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.park.ParkTargetForm;
import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 2022 city targets of 浙经信绿色〔2022〕64号 附件 as the notice prints them (18 in all), set by the provincial
 * clerk; what the cities achieved comes from the parks the demo registry lists for 2022 (DemoRegistry).
 */
@ApplicationScoped
public class DemoParkTargets {

    /** 2022年市级绿色低碳工业园区建设目标任务, in the annex's order (杭州 to 丽水). */
    static final Map<String, Integer> TARGETS_2022 = targets2022();

    @Inject
    ParkTargetService parks;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor currentActor;

    public void load() {
        Actor province = Actor.of(accounts.findByUsername("province").orElseThrow(), null);
        currentActor.runAs(province,
                () -> parks.set(new ParkTargetForm(2022, "浙经信绿色〔2022〕64号", TARGETS_2022, null)));
    }

    private static Map<String, Integer> targets2022() {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("330100", 2); // 杭州市
        targets.put("330200", 2); // 宁波市
        targets.put("330300", 2); // 温州市
        targets.put("330500", 3); // 湖州市
        targets.put("330400", 1); // 嘉兴市
        targets.put("330600", 1); // 绍兴市
        targets.put("330700", 2); // 金华市
        targets.put("330800", 1); // 衢州市
        targets.put("330900", 1); // 舟山市
        targets.put("331000", 2); // 台州市
        targets.put("331100", 1); // 丽水市
        return targets;
    }
}
