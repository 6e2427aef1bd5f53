package cn.gov.zj.jxt.green.domain.model.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
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
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicManagementRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Region HUZHOU = new Region("330500", "湖州市", "Huzhou", RegionLevel.CITY, null, 4);
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static ListedUnit unit() {
        Organisation organisation = new Organisation();
        organisation.setType(OrganisationType.ENTERPRISE);
        organisation.setName("长兴绿色电池有限公司");
        organisation.setCreditCode("91330522MA2HU0005M");
        return new ListedUnit(organisation, UnitType.FACTORY, ListLevel.PROVINCIAL, 2021, HUZHOU, "电池制造",
                "浙经信绿色〔2021〕9号", null, NOW, "clerk");
    }

    @Test
    void theFormIsDueAt24OClockOfApril15ShanghaiTime() {
        assertEquals(Instant.parse("2026-04-15T16:00:00Z"), DynamicForm.dueAt(2026, SHANGHAI));
        assertTrue(DynamicForm.open(2026, Instant.parse("2026-04-15T15:59:59Z"), SHANGHAI), "23:59:59 on April 15");
        assertFalse(DynamicForm.open(2026, Instant.parse("2026-04-15T16:00:00Z"), SHANGHAI), "24:00 is late");
    }

    @Test
    void aUnitIsReReviewedEveryFifthYearAfterItWasListed() {
        assertTrue(ReReviewTask.due(2021, 2026));
        assertTrue(ReReviewTask.due(2016, 2026));
        assertFalse(ReReviewTask.due(2023, 2026));
        assertFalse(ReReviewTask.due(2026, 2026), "not in the year it was listed");
    }

    @Test
    void aNameChangeNamesTheNewNameAndEachChangeIsDecidedOnce() {
        DynamicForm form = new DynamicForm(unit().getOrganisation(), 2026, HUZHOU, null, null, NOW, "unit");
        assertThrows(IllegalArgumentException.class, () -> form.declare(ChangeKind.NAME, "更名", " "));
        DeclaredChange change = form.declare(ChangeKind.BOUNDARY, "并购邻厂", "ignored");
        assertEquals(null, change.getNewName(), "only a name change keeps a new name");
        assertEquals(UnitEventKind.SCOPE_CHANGED, change.getKind().eventKind());
        assertEquals(UnitEventKind.RENAMED, ChangeKind.NAME.eventKind());
        change.decide(ChangeStatus.ACCEPTED, NOW, "city");
        assertThrows(IllegalStateException.class, () -> change.decide(ChangeStatus.REMOVAL_PROPOSED, NOW, "city"));
    }

    @Test
    void aMissedFormAndOnlyAMissedFormNamesItsYear() {
        assertThrows(IllegalArgumentException.class,
                () -> new RemovalProposal(unit(), RemovalGround.NO_FORM, null, "未填报", null, NOW, "system"));
        assertThrows(IllegalArgumentException.class,
                () -> new RemovalProposal(unit(), RemovalGround.FALSIFIED, 2026, "造假", null, NOW, "city"));
        assertEquals(2026, new RemovalProposal(unit(), RemovalGround.NO_FORM, 2026, "未填报", null, NOW, "system")
                .getFormYear());
    }

    @Test
    void aProposalIsDecidedOrDismissedOnceAndOnlyADecidedOneTakesEffect() {
        RemovalProposal dismissed = new RemovalProposal(unit(), RemovalGround.FALSIFIED, null, "造假", null, NOW, "city");
        dismissed.dismiss("无误", NOW, "province");
        assertEquals(ProposalStatus.DISMISSED, dismissed.getStatus());
        assertThrows(IllegalStateException.class, () -> dismissed.decide(null, NOW, "province"));

        RemovalProposal decided = new RemovalProposal(unit(), RemovalGround.EXCLUSION, null, "失信", null, NOW, "city");
        assertThrows(IllegalStateException.class, () -> decided.effected(null, NOW), "not before the decision");
        decided.decide("属实", NOW, "province");
        assertEquals(ProposalStatus.DECIDED, decided.getStatus());
        assertThrows(IllegalStateException.class, () -> decided.dismiss("x", NOW, "province"));
    }

    @Test
    void theAnnouncementIsAPlainNoticeWhoseAnnexListsEachRemovalWithItsClause() {
        RemovalProposal p = new RemovalProposal(unit(), RemovalGround.NO_FORM, 2026, "未填报", null, NOW, "system");
        DocumentContent yearly = RemovalDocuments.announcement(2026, List.of(p), false, LocalDate.of(2026, 6, 30));
        assertEquals(DocumentFormat.PLAIN, yearly.format());
        assertEquals("关于2026年度绿色制造名单动态管理调整的公告", yearly.title());
        assertEquals(RemovalDocuments.ANNEX_TITLE, yearly.annexes().get(0).title());
        AnnexBlock.Table table = (AnnexBlock.Table) yearly.annexes().get(0).blocks().get(0);
        assertEquals(List.of("序号", "单位名称", "统一社会信用代码", "设区市", "名单层级", "类型", "移出原因"), table.columns());
        assertEquals(List.of("1", "长兴绿色电池有限公司", "91330522MA2HU0005M", "湖州市", "省级", "绿色低碳工厂",
                "拒不按时填报动态管理表（实施细则第十九条第二项）"), table.rows().get(0));
        assertTrue(yearly.body().stream().anyMatch(b -> b.contains("三年内不得申报")));

        DocumentContent immediate = RemovalDocuments.announcement(2026, List.of(p), true, LocalDate.of(2026, 6, 30));
        assertEquals("关于将有关单位移出绿色制造名单的公告", immediate.title());
    }
}
