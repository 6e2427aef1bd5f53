package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handful of listed units across cities, levels and types, with the history the registry shows: a unit that rose
 * from the municipal to the national list and changed its name, a re-reviewed one, a park whose boundary changed,
 * and two removals with their announcement (one at the yearly publication for a missing form, one at once after a
 * major accident). Written on the entities as the dynamic management and removal flows would, in the demo loader's
 * transaction; every organisation is fictional and its credit code made up but valid.
 */
@ApplicationScoped
public class DemoRegistry {

    @Inject
    OrganisationService organisations;

    @Inject
    ListingRepository listings;

    @Inject
    RegionRepository regions;

    @Inject
    DocumentService documents;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor currentActor;

    public void load() {
        IssuedDocument yearly = announcement("关于2025年度绿色制造名单动态调整情况的公告", "浙经信绿色〔2025〕120号",
                LocalDate.of(2025, 12, 10), List.of("根据《浙江省绿色低碳工厂梯度培育及管理实施细则》第十九条，"
                        + "下列单位未按时填报动态管理表，移出省级绿色制造名单：温州瓯江电气有限公司（示例）。"));
        IssuedDocument immediate = announcement("关于将湖州南浔木业有限公司（示例）移出绿色制造名单的公告",
                "浙经信绿色〔2025〕98号", LocalDate.of(2025, 9, 3), List.of("湖州南浔木业有限公司（示例）发生重大生产安全事故，"
                        + "根据《浙江省绿色低碳工厂梯度培育及管理实施细则》第十九条，即日起移出各层面绿色制造名单。"));

        Organisation gangcheng = organisation(OrganisationType.ENTERPRISE, "宁波港城化工有限公司（示例）", "330206", "0001");
        list(gangcheng, UnitType.FACTORY, ListLevel.MUNICIPAL, 2021, "330200", "化学原料和化学制品制造业",
                "甬经信〔2021〕56号（示例）", at(2021, 12, 20));
        ListedUnit gangchengProvincial = list(gangcheng, UnitType.FACTORY, ListLevel.PROVINCIAL, 2022,
                "330200", "化学原料和化学制品制造业", "浙经信绿色〔2022〕131号（示例）", at(2022, 12, 28));
        list(gangcheng, UnitType.FACTORY, ListLevel.NATIONAL, 2023, "330200", "化学原料和化学制品制造业",
                "工信部节函〔2024〕18号（示例）", at(2024, 1, 26));
        gangchengProvincial.rename("宁波港城新材料股份有限公司（示例）", at(2025, 5, 12), "ningbo");

        ListedUnit oujiang = list(organisation(OrganisationType.ENTERPRISE, "温州瓯江电气有限公司（示例）", "330382", "0002"),
                UnitType.FACTORY, ListLevel.PROVINCIAL, 2021, "330300", "电气机械和器材制造业",
                "浙经信绿色〔2021〕150号（示例）", at(2021, 12, 30));
        oujiang.remove(RemovalGround.NO_FORM, yearly, at(2025, 12, 10), "province");

        ListedUnit xiuzhou = list(organisation(OrganisationType.PARK, "嘉兴秀洲高新技术产业园区管理委员会（示例）", "330411",
                "0003"), UnitType.PARK, ListLevel.PROVINCIAL, 2023, "330400", null, "浙经信绿色〔2023〕140号（示例）",
                at(2023, 12, 22));
        xiuzhou.record(UnitEventKind.SCOPE_CHANGED, "园区四至范围调整，新增北区 2.3 平方公里（嘉兴市经信局复核确认）", null,
                at(2025, 6, 18), "jiaxing");

        // Parks listed in 2022 against that year's city targets (DemoParkTargets): two of Huzhou's three, and
        // Hangzhou's two.
        list(organisation(OrganisationType.PARK, "湖州南太湖绿色智造产业园区管理委员会（示例）", "330502", "0009"),
                UnitType.PARK, ListLevel.PROVINCIAL, 2022, "330500", null, "浙经信绿色〔2022〕152号（示例）",
                at(2022, 12, 26));
        list(organisation(OrganisationType.PARK, "长兴绿色低碳产业园区管理委员会（示例）", "330522", "0010"),
                UnitType.PARK, ListLevel.PROVINCIAL, 2022, "330500", null, "浙经信绿色〔2022〕152号（示例）",
                at(2022, 12, 26));
        list(organisation(OrganisationType.PARK, "杭州钱塘绿色化工园区管理委员会（示例）", "330114", "0011"),
                UnitType.PARK, ListLevel.PROVINCIAL, 2022, "330100", null, "浙经信绿色〔2022〕152号（示例）",
                at(2022, 12, 26));
        list(organisation(OrganisationType.PARK, "萧山绿色智造产业园区管理委员会（示例）", "330109", "0012"),
                UnitType.PARK, ListLevel.PROVINCIAL, 2022, "330100", null, "浙经信绿色〔2022〕152号（示例）",
                at(2022, 12, 26));

        Organisation keqiao = organisation(OrganisationType.SUPPLY_CHAIN_ENTERPRISE, "绍兴柯桥纺织供应链管理有限公司（示例）",
                "330603", "0004");
        list(keqiao, UnitType.SUPPLY_CHAIN, ListLevel.MUNICIPAL, 2024, "330600", "纺织业", "绍市经信〔2024〕33号（示例）",
                at(2024, 11, 15));
        list(keqiao, UnitType.SUPPLY_CHAIN, ListLevel.PROVINCIAL, 2025, "330600", "纺织业",
                "浙经信绿色〔2025〕118号（示例）", at(2025, 12, 5));

        list(organisation(OrganisationType.ENTERPRISE, "金华婺城汽车部件有限公司（示例）", "330702", "0005"),
                UnitType.FACTORY, ListLevel.MUNICIPAL, 2022, "330700", "汽车制造业", "金经信〔2022〕71号（示例）",
                at(2022, 11, 30));

        ListedUnit jiaojiang = list(organisation(OrganisationType.ENTERPRISE, "台州椒江医药化工有限公司（示例）", "331002",
                "0006"), UnitType.FACTORY, ListLevel.PROVINCIAL, 2020, "331000", "医药制造业",
                "浙经信绿色〔2020〕112号（示例）", at(2020, 12, 25));
        jiaojiang.record(UnitEventKind.RE_REVIEWED, "五年一复核：各项指标仍符合绿色工厂评价要求（台州市经信局）", null,
                at(2025, 11, 20), "taizhou");

        list(organisation(OrganisationType.PARK, "丽水绿谷生态工业园区管理委员会（示例）", "331102", "0007"),
                UnitType.PARK, ListLevel.MUNICIPAL, 2024, "331100", null, "丽经信〔2024〕40号（示例）", at(2024, 12, 2));

        ListedUnit nanxun = list(organisation(OrganisationType.ENTERPRISE, "湖州南浔木业有限公司（示例）", "330503", "0008"),
                UnitType.FACTORY, ListLevel.MUNICIPAL, 2023, "330500", "木材加工和木、竹、藤、棕、草制品业",
                "湖经信〔2023〕61号（示例）", at(2023, 12, 12));
        nanxun.remove(RemovalGround.MAJOR_ACCIDENT, immediate, at(2025, 9, 3), "province");
    }

    private Organisation organisation(OrganisationType type, String name, String county, String serial) {
        String first17 = "91" + county + "MA2DR" + serial;
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setName(name);
        organisation.setCreditCode(first17 + CreditCode.checkCharacter(first17));
        organisation.setRegion(region(county));
        organisation.setAddress(region(county).getFullName() + "示例路1号");
        organisation.setLegalRepresentative("示例");
        organisation.setContactName("示例联系人");
        organisation.setContactPhone("0571-88000000");
        return organisations.register(organisation);
    }

    private ListedUnit list(Organisation organisation, UnitType type, ListLevel level, int year, String city,
            String industry, String basis, Instant at) {
        ListedUnit unit = new ListedUnit(organisation, type, level, year, region(city), industry, basis, null, at,
                "province");
        listings.add(unit);
        return unit;
    }

    private IssuedDocument announcement(String title, String number, LocalDate dated, List<String> body) {
        Actor province = Actor.of(accounts.findByUsername("province").orElseThrow(), null);
        return currentActor.runAs(province, () -> documents.issue(new DocumentContent(DocumentFormat.PLAIN,
                List.of(Agency.ECONOMY), number, title, null, body, List.of(), dated, null, title), null, null));
    }

    private Region region(String code) {
        return regions.find(code).orElseThrow();
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(PortalClock.ZONE).toInstant();
    }
}
