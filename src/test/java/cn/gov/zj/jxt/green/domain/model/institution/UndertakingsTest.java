package cn.gov.zj.jxt.green.domain.model.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

class UndertakingsTest {

    private static UndertakingFacts facts(String unitType) {
        return new UndertakingFacts("浙江滨江绿色评价有限公司（示例）", "91330108MA2CE0006A", "周明远",
                "宁波示例工业园区管理委员会", "12330206MB1PK0002A", unitType, "2025年省级绿色低碳工业园区和工厂推荐",
                2025, LocalDate.of(2025, 6, 3));
    }

    @Test
    void aPlainDocumentSignedByTheInstitutionWithoutNumberOrRecipients() {
        DocumentContent content = Undertakings.content(facts("绿色低碳工业园区"));

        assertEquals(DocumentFormat.PLAIN, content.format());
        assertEquals(List.of(new Agency("浙江滨江绿色评价有限公司（示例）")), content.agencies());
        assertEquals("第三方评价机构承诺书", content.title());
        assertNull(content.number());
        assertNull(content.recipients());
        assertEquals(LocalDate.of(2025, 6, 3), content.date());
    }

    @Test
    void theUndertakingsAreNumberedAndTheSignatureLinesFollow() {
        List<BodyParagraph> paragraphs = Undertakings.content(facts("绿色低碳工业园区")).paragraphs();

        List<String> numbered = paragraphs.stream().filter(p -> p.level() == BodyParagraph.Level.THIRD)
                .map(BodyParagraph::text).toList();
        assertEquals(5, numbered.size(), numbered.toString());
        for (int i = 0; i < numbered.size(); i++) {
            assertTrue(numbered.get(i).startsWith((i + 1) + "．"), numbered.get(i));
        }
        assertTrue(paragraphs.get(0).text().contains("宁波示例工业园区管理委员会（统一社会信用代码：12330206MB1PK0002A）"));
        assertTrue(paragraphs.get(0).text().contains("2025年度绿色低碳工业园区"));
        assertTrue(numbered.get(2).contains("同一法定代表人（周明远）"), numbered.get(2));
        List<String> closing = paragraphs.subList(paragraphs.size() - 2, paragraphs.size()).stream()
                .map(BodyParagraph::text).toList();
        assertTrue(closing.get(0).startsWith("法定代表人（签字）："), closing.toString());
        assertTrue(closing.get(1).startsWith("单位（盖章）："), closing.toString());
    }

    @Test
    void everyFactIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> facts(" "));
        assertThrows(NullPointerException.class, () -> new UndertakingFacts("机构", "91330108MA2CE0006A", "周明远",
                "企业", "91330106MA2GL0001N", "绿色低碳工厂", "批次", 2025, null));
    }
}
