package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The joint recommendation letter (seed 002 §四(二)): 经信厅 with 发改委 in the 文件 format, to the two ministries,
 * naming the call and the counts, with the two or three shortlisted parks as its annex table.
 */
class PilotRecommendationLetterTest {

    private static final LocalDate DATED = LocalDate.of(2026, 11, 20);

    @Test
    void theLetterIsAJointFileToTheMinistriesWithTheShortlistAsItsAnnex() {
        PilotCall call = PilotApplicationTest.call();
        List<PilotRecommendationLetter.Line> shortlist = List.of(
                new PilotRecommendationLetter.Line("宁波石化经济技术开发区", ZoneKind.ECONOMIC_DEVELOPMENT_ZONE,
                        "宁波市镇海区", PilotApplicationTest.years(2023)),
                new PilotRecommendationLetter.Line("杭州高新技术产业开发区", ZoneKind.HIGH_TECH_ZONE, "杭州市滨江区",
                        PilotApplicationTest.years(2023)));
        DocumentContent letter = PilotRecommendationLetter.content(call, 3, shortlist, DATED);

        assertEquals(DocumentFormat.FILE, letter.format());
        assertEquals(List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM), letter.agencies(), "a joint issue");
        assertEquals("关于推荐2026年国家低碳工业园区试点的函", letter.title());
        assertEquals("工业和信息化部、国家发展和改革委员会", letter.recipients());
        String body = String.join("\n", letter.body());
        assertTrue(body.contains("工信部联节〔2013〕408号") && body.contains("2026年国家低碳工业园区试点申报")
                && body.contains("共收到3家园区") && body.contains("现推荐2家园区"), body);
        assertEquals(DATED, letter.date());
        assertEquals(1, letter.annexes().size());
        assertEquals("2026年国家低碳工业园区试点推荐名单", letter.annexes().get(0).title());
        AnnexBlock.Table table = (AnnexBlock.Table) letter.annexes().get(0).blocks().get(0);
        assertEquals(List.of("序号", "园区名称", "园区类型", "所在地", "近三年单位工业增加值二氧化碳排放（吨/万元）"),
                table.columns());
        assertEquals(List.of("1", "宁波石化经济技术开发区", "经济技术开发区", "宁波市镇海区",
                "2023年 0.8500；2024年 0.8500；2025年 0.8500"), table.rows().get(0));
        assertEquals("高新技术产业开发区", table.rows().get(1).get(2));
    }

    @Test
    void onlyAShortlistOfTwoOrThreeIsSent() {
        PilotCall call = PilotApplicationTest.call();
        PilotRecommendationLetter.Line line = new PilotRecommendationLetter.Line("园区", ZoneKind.HIGH_TECH_ZONE, "杭州市",
                PilotApplicationTest.years(2023));
        assertThrows(IllegalArgumentException.class,
                () -> PilotRecommendationLetter.content(call, 5, List.of(line), DATED));
        assertThrows(IllegalArgumentException.class,
                () -> PilotRecommendationLetter.content(call, 5, List.of(line, line, line, line), DATED));
        assertEquals(3, ((AnnexBlock.Table) PilotRecommendationLetter.content(call, 5, List.of(line, line, line), DATED)
                .annexes().get(0).blocks().get(0)).rows().size());
    }
}
