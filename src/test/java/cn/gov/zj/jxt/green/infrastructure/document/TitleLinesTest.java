package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** 7.3.1: the one title breaker, for both files: where it breaks, and where it never does. */
class TitleLinesTest {

    private static final int CAPACITY = LayoutPlanner.TITLE_CAPACITY;
    private static final Set<String> AGENCIES = Set.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅");

    @Test
    void aTitleThatFitsStaysOneLine() {
        assertEquals(List.of("第三方评价机构承诺书"), TitleLines.of("第三方评价机构承诺书", CAPACITY, AGENCIES));
    }

    @Test
    void theIssuerTakesItsOwnLineAndGuanyuOpensTheNext() {
        assertEquals(List.of("浙江省经济和信息化厅", "关于印发《浙江省绿色（低碳）", "工厂梯度培育管理实施细则》的通知"),
                TitleLines.of("浙江省经济和信息化厅关于印发《浙江省绿色（低碳）工厂梯度培育管理实施细则》的通知", CAPACITY,
                        AGENCIES));
    }

    /** No word end gives even lines here: the fewest breaks off a word end, then the most even lines. */
    @Test
    void aTitleNoWordEndBalancesBreaksOnceInsideAWord() {
        assertEquals(List.of("关于组织开展2025年省级", "绿色低碳工业园区和工厂推荐工作", "及绿色制造名单动态管理的通知"),
                TitleLines.of("关于组织开展2025年省级绿色低碳工业园区和工厂推荐工作及绿色制造名单动态管理的通知", CAPACITY,
                        AGENCIES));
    }

    @Test
    void neitherAnAgencysNameNorATermIsSplit() {
        for (String title : List.of(
                "浙江省经济和信息化厅 浙江省发展和改革委员会 浙江省生态环境厅关于公布2025年浙江省绿色低碳工厂名单的通知",
                "关于开展2025年度绿色低碳工业园区和绿色供应链管理企业动态管理评价工作的通知")) {
            List<String> lines = TitleLines.of(title, CAPACITY, AGENCIES);
            assertTrue(lines.size() > 1, lines.toString());
            String joined = String.join("", lines);
            int at = 0;
            for (String line : lines.subList(0, lines.size() - 1)) {
                at += line.length();
                for (String word : union(AGENCIES, TitleLines.TERMS)) {
                    for (int i = joined.indexOf(word); i >= 0; i = joined.indexOf(word, i + 1)) {
                        assertFalse(i < at && at < i + word.length(), word + " split in " + lines);
                    }
                }
            }
        }
    }

    @Test
    void aTitleWithoutAnyPlaceToBreakIsStillFilledIntoTheTextBlock() {
        String title = "X".repeat(60);

        List<String> lines = TitleLines.of(title, CAPACITY, AGENCIES);

        assertEquals(title, String.join("", lines));
        assertTrue(lines.stream().allMatch(l -> Gbt9704.widthInChars(l) < CAPACITY), lines.toString());
    }

    private static List<String> union(Set<String> names, List<String> terms) {
        return Stream.concat(names.stream(), terms.stream()).toList();
    }
}
