package cn.gov.zj.jxt.green.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.nomination.EligibilityRule;

/** Clause codes read as the documents cite them, in both languages. */
class ClausesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "004 §(十九) 2|《实施细则》第十九条第二项|Implementing Rules, Art. 19(2)",
        "004 §(十九)|《实施细则》第十九条|Implementing Rules, Art. 19",
        "004 §(二十)|《实施细则》第二十条|Implementing Rules, Art. 20",
        "004 §(十七) 3|《实施细则》第十七条第三项|Implementing Rules, Art. 17(3)",
        "004 §(二十三)|《实施细则》第二十三条|Implementing Rules, Art. 23",
        "004 §四|《实施细则》第四章|Implementing Rules, Chapter IV",
        "004 §(九) 1、§(十一) 1|《实施细则》第九条第一项、第十一条第一项|Implementing Rules, Art. 9(1), Art. 11(1)",
        "003 §一(二)|浙经信绿色便函〔2025〕58号第一条第（二）项|2025 Call for Nominations, Section I(2)",
        "004 §(十) 1；003 §一(一)|《实施细则》第十条第一项；浙经信绿色便函〔2025〕58号第一条第（一）项"
                + "|Implementing Rules, Art. 10(1); 2025 Call for Nominations, Section I(1)",
        "003 §三|浙经信绿色便函〔2025〕58号第三条|2025 Call for Nominations, Section III"})
    void citesAsTheDocumentsDo(String code, String chinese, String english) {
        assertEquals(chinese, Clauses.cite(code, ZH));
        assertEquals(english, Clauses.cite(code, Locale.ENGLISH));
    }

    @Test
    void anyOtherLanguageReadsChinese() {
        assertEquals("《实施细则》第十九条第一项", Clauses.cite("004 §(十九) 1", Locale.GERMAN));
    }

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十一,11", "十九,19", "二十,20", "二十三,23", "二十九,29"})
    void readsChineseNumerals(String numeral, int number) {
        assertEquals(number, Clauses.number(numeral));
        assertEquals(numeral, Clauses.chineseNumeral(number));
    }

    @Test
    void leavesOtherTextAsItIs() {
        assertEquals("更名为杭州绿色科技有限公司", Clauses.cite("更名为杭州绿色科技有限公司", ZH));
        assertEquals("004 §二–§三", Clauses.cite("004 §二–§三", ZH));
        assertNull(Clauses.cite(null, ZH));
    }

    @ParameterizedTest
    @EnumSource(EligibilityRule.class)
    void everyRulesClauseIsCited(EligibilityRule rule) {
        assertCited(rule.clause());
    }

    @ParameterizedTest
    @EnumSource(RemovalGround.class)
    void everyRemovalGroundsClauseIsCited(RemovalGround ground) {
        assertCited(ground.clause());
    }

    @ParameterizedTest
    @EnumSource(ExclusionGround.class)
    void everyExclusionGroundsClauseIsCited(ExclusionGround ground) {
        assertCited(ground.clause());
    }

    private static void assertCited(String code) {
        for (Locale locale : new Locale[] {ZH, Locale.ENGLISH}) {
            String cited = Clauses.cite(code, locale);
            assertFalse(cited.contains("§") || cited.contains("00"), code + " → " + cited);
        }
    }
}
