package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Seeds, from outside, a small registry whose every unit's name starts with {@code prefix}: the listing,
 * renaming, re-review and removal are written on the entities as the flows that decide them would, since those
 * flows have their own tests. Listing times lie ten years ahead, so that this set's events are the newest in the
 * feed whatever else the test database holds. Exists only in the test deployment.
 *
 * <pre>
 * A  factory        杭州 municipal 2023, provincial 2024 (renamed, re-reviewed; listing document)
 * B  park           宁波 provincial 2025
 * C  supply chain   杭州 municipal 2025
 * D  factory        温州 provincial 2023, removed (major accident) by an announcement
 * E  factory        杭州 national 2025, industry "…-专用设备"
 * H1…H25 factories  湖州 municipal 2022
 * </pre>
 */
@Stateless
@Path("test-support/registry")
public class RegistrySupport {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    NominationFixture fixture;

    @Inject
    DocumentService documents;

    @Inject
    CurrentActor currentActor;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String seed(@QueryParam("prefix") String prefix) {
        Instant base = Instant.now().plus(Duration.ofDays(3650));
        Region hangzhou = fixture.city("330100");
        Region ningbo = fixture.city("330200");
        Region wenzhou = fixture.city("330300");
        Region huzhou = fixture.city("330500");
        IssuedDocument listing = document("关于公布" + prefix + "省级绿色低碳工厂名单的通知", "浙经信绿色〔2036〕901号");
        IssuedDocument announcement = document("关于" + prefix + "移出绿色制造名单的公告", "浙经信绿色〔2036〕902号");

        Organisation a = fixture.register(OrganisationType.ENTERPRISE, prefix + "-A精密制造有限公司",
                fixture.countyOf(hangzhou));
        list(a, UnitType.FACTORY, ListLevel.MUNICIPAL, 2023, hangzhou, prefix + "-通用设备", null, base);
        ListedUnit aProvincial = list(a, UnitType.FACTORY, ListLevel.PROVINCIAL, 2024, hangzhou, prefix + "-通用设备",
                listing, base.plusSeconds(10));
        aProvincial.rename(prefix + "-A智能装备有限公司", base.plusSeconds(20), "it-city");
        aProvincial.record(UnitEventKind.RE_REVIEWED, "五年复核：仍符合标准", null, base.plusSeconds(30), "it-city");

        Organisation b = fixture.register(OrganisationType.PARK, prefix + "-B临港产业园区管理委员会",
                fixture.countyOf(ningbo));
        list(b, UnitType.PARK, ListLevel.PROVINCIAL, 2025, ningbo, null, null, base.plusSeconds(40));

        Organisation c = fixture.register(OrganisationType.SUPPLY_CHAIN_ENTERPRISE, prefix + "-C供应链管理有限公司",
                fixture.countyOf(hangzhou));
        list(c, UnitType.SUPPLY_CHAIN, ListLevel.MUNICIPAL, 2025, hangzhou, prefix + "-纺织", null,
                base.plusSeconds(50));

        Organisation d = fixture.register(OrganisationType.ENTERPRISE, prefix + "-D电气有限公司",
                fixture.countyOf(wenzhou));
        ListedUnit dProvincial = list(d, UnitType.FACTORY, ListLevel.PROVINCIAL, 2023, wenzhou, prefix + "-电气机械",
                null, base.plusSeconds(60));
        dProvincial.remove(RemovalGround.MAJOR_ACCIDENT, announcement, base.plusSeconds(70), "it-province");

        // A comma and quotes in a name, as registered names sometimes have: the exports must keep them intact.
        Organisation e = fixture.register(OrganisationType.ENTERPRISE, prefix + "-E\"新材料\",股份有限公司",
                fixture.countyOf(hangzhou));
        list(e, UnitType.FACTORY, ListLevel.NATIONAL, 2025, hangzhou, prefix + "-专用设备", null,
                base.plusSeconds(80));

        for (int i = 1; i <= 25; i++) {
            Organisation h = fixture.register(OrganisationType.ENTERPRISE,
                    prefix + "-湖州" + String.format("%02d", i) + "厂", fixture.countyOf(huzhou));
            list(h, UnitType.FACTORY, ListLevel.MUNICIPAL, 2022, huzhou, prefix + "-金属制品", null,
                    base.plusSeconds(100 + i));
        }
        em.flush();
        JsonObjectBuilder codes = Json.createObjectBuilder()
                .add("A", a.getCreditCode()).add("B", b.getCreditCode()).add("C", c.getCreditCode())
                .add("D", d.getCreditCode()).add("E", e.getCreditCode())
                .add("listingDocument", listing.getId()).add("announcement", announcement.getId());
        return codes.build().toString();
    }

    private ListedUnit list(Organisation organisation, UnitType type, ListLevel level, int year, Region city,
            String industry, IssuedDocument document, Instant at) {
        ListedUnit unit = new ListedUnit(em.find(Organisation.class, organisation.getId()), type, level, year, city,
                industry, document == null ? "市级名单（测试）" : document.getNumber(), document, at, "it-province");
        em.persist(unit);
        return unit;
    }

    private IssuedDocument document(String title, String number) {
        IssuedDocument issued = currentActor.runAs(NominationFixture.PROVINCE, () -> documents.issue(
                new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency("浙江省经济和信息化厅")), number, title,
                        null, List.of("测试用文件。"), List.of(), LocalDate.of(2036, 1, 1), null, title),
                null, null));
        return em.find(IssuedDocument.class, issued.getId());
    }
}
