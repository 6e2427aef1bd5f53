package cn.gov.zj.jxt.green.interfaces.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A 初审 checklist line reads in words: no rule id, indicator code or verdict constant reaches the clerk. */
class CheckItemTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void anIndicatorLineReadsAsItsNameVerdictAndReading() {
        CheckItem item = new CheckItem("INDICATOR:ENERGY", "003 §一(二)", "LEADING", "0.182 / 0.21");
        assertEquals("单位产品综合能耗", CheckItemTexts.name(item.getCode(), ZH));
        assertEquals("领先", CheckItemTexts.verdict(item.getPortalVerdict(), ZH));
        assertEquals("本单位 0.182，行业基准 0.21", CheckItemTexts.facts(item.getCode(), item.getFacts(), ZH));
        assertEquals("Energy per unit of product", CheckItemTexts.name(item.getCode(), Locale.ENGLISH));
        assertEquals("this unit 0.182, industry benchmark 0.21", CheckItemTexts.facts(item.getCode(), item.getFacts(), Locale.ENGLISH));
    }

    @Test
    void aRuleLineReadsAsItsNameVerdictAndFactsInWords() {
        CheckItem item = new CheckItem("RULE:INDICATORS_LEADING", "003 §一(二)", "FAILED", "WATER,CARBON_INTENSITY");
        assertEquals("主要指标处于同行业领先水平", CheckItemTexts.name(item.getCode(), ZH));
        assertEquals("不符合", CheckItemTexts.verdict(item.getPortalVerdict(), ZH));
        assertEquals("Not met", CheckItemTexts.verdict(item.getPortalVerdict(), Locale.ENGLISH));
        assertEquals("单位产品取水量、单位产品碳排放强度", CheckItemTexts.facts(item.getCode(), item.getFacts(), ZH));
        assertEquals("市级", CheckItemTexts.facts("RULE:ON_PREREQUISITE_LIST", "MUNICIPAL", ZH));
    }
}
