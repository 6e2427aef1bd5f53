package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.dynamic.DynamicFormInput;
import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo's dynamic management year (004 §四), in the last year whose April 15 has passed: 杭州's factory filed
 * its form and the city confirmed its declared change; 宁波's park filed a name change the city has still to
 * decide; 宁波甬江 filed nothing, became a removal candidate, and the province removed it in the yearly removal
 * announcement.
 */
@ApplicationScoped
public class DemoDynamicManagement {

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    NominationService nominations;

    @Inject
    DynamicManagementService dynamic;

    @Inject
    RemovalService removals;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    /** Runs with the clock moved to each step's day; the caller resets it. */
    void load() {
        clock.reset();
        LocalDate today = clock.today();
        int year = today.isAfter(LocalDate.of(today.getYear(), 6, 30)) ? today.getYear() : today.getYear() - 1;
        Organisation park = organisations.findByCreditCode("12330206MB1PK0002A").orElseThrow();
        Organisation yongjiang = organisations.findByCreditCode("91330212MA2NB00081").orElseThrow();
        at(LocalDate.of(year - 1, 12, 20));
        as("ningbo", () -> nominations.listMunicipal(park.getId(), year - 1, "甬经信〔" + (year - 1) + "〕61号（示例）"));
        as("ningbo", () -> nominations.listMunicipal(yongjiang.getId(), year - 1,
                "甬经信〔" + (year - 1) + "〕61号（示例）"));

        at(LocalDate.of(year, 3, 20));
        DynamicForm hangzhou = as("applicant", () -> dynamic.file(new DynamicFormInput(indicators(),
                "年内完成屋顶光伏二期，可再生能源使用比例提升。", List.of(new DynamicFormInput.Change(ChangeKind.SCOPE,
                        "新增新能源汽车电机壳体生产线，生产经营范围相应扩大。", null)))));
        at(LocalDate.of(year, 3, 28));
        as("hangzhou", () -> dynamic.acceptChange(hangzhou.getChanges().get(0).getId()));
        as("hangzhou", () -> dynamic.review(hangzhou.getId(), "指标稳定，变更后仍符合绿色工厂要求。"));

        at(LocalDate.of(year, 4, 2));
        as("ningbo-park", () -> dynamic.file(new DynamicFormInput(indicators(), "园区年度绿色发展报告已公开。",
                List.of(new DynamicFormInput.Change(ChangeKind.NAME, "经区划调整，园区管理机构更名。",
                        "宁波临港绿色低碳产业园区管理委员会（示例）")))));

        // 甬江 filed nothing by 24:00 of April 15: a candidate; the province decides and announces with the list.
        at(LocalDate.of(year, 4, 16));
        currentActor.runAsSystem(() -> dynamic.markMissedForms(year));
        at(LocalDate.of(year, 6, 20));
        as("province", () -> {
            removals.proposals(ProposalStatus.PROPOSED).stream()
                    .filter(p -> p.getUnit().getOrganisation().getId().equals(yongjiang.getId()))
                    .forEach(p -> removals.decide(p.getId(), "经宁波市经信局催报仍未填报，予以移出。"));
            return removals.publishYearly(year);
        });
    }

    private static Indicators indicators() {
        Indicators i = new Indicators();
        i.setEnergy(new BigDecimal("0.176"));
        i.setWater(new BigDecimal("1.28"));
        i.setResourceUse(new BigDecimal("97.2"));
        i.setRenewableShare(new BigDecimal("26.5"));
        i.setCarbonIntensity(new BigDecimal("0.39"));
        return i;
    }

    private <T> T as(String username, Supplier<T> work) {
        return currentActor.runAs(Actor.of(accounts.findByUsername(username).orElseThrow(), null), work);
    }

    private void at(LocalDate day) {
        clock.moveTo(day.atTime(10, 0).atZone(MovableClock.ZONE).toInstant());
    }
}
