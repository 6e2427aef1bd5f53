package cn.gov.zj.jxt.green.interfaces.review.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.interfaces.nomination.web.NominationTexts;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/**
 * A 初审 checklist line as the clerk reads it. The line keeps codes ({@code RULE:INDICATORS_LEADING},
 * {@code INDICATOR:ENERGY}, the verdict {@code LEADING}, the facts {@code 0.182 / 0.21}) for the API and the audit
 * trail; a page shows {@code #{checkItemTexts.name(item)}}, {@code #{checkItemTexts.clause(item)}},
 * {@code #{checkItemTexts.verdict(item)}} and {@code #{checkItemTexts.facts(item)}}.
 */
@Named
@ApplicationScoped
public class CheckItemTexts {

    private static final String RULE = "RULE:";
    private static final String INDICATOR = "INDICATOR:";

    public String name(CheckRow row) {
        return name(row.getCode(), Faces.locale());
    }

    public String clause(CheckRow row) {
        return Clauses.cite(row.getClause(), Faces.locale());
    }

    public String verdict(CheckRow row) {
        return verdict(row.getPortalVerdict(), Faces.locale());
    }

    public String facts(CheckRow row) {
        return facts(row.getCode(), row.getFacts(), Faces.locale());
    }

    /** 主要指标处于同行业领先水平 for {@code RULE:INDICATORS_LEADING}, 单位产品综合能耗 for {@code INDICATOR:ENERGY}. */
    public static String name(String code, Locale locale) {
        if (code.startsWith(RULE)) {
            return Messages.text(locale, "enum.EligibilityRule." + code.substring(RULE.length()));
        }
        if (code.startsWith(INDICATOR)) {
            return Messages.text(locale, "enum.Indicators.Kind." + code.substring(INDICATOR.length()));
        }
        return code;
    }

    public static String verdict(String verdict, Locale locale) {
        return Messages.text(locale, "review.checkItem.verdict." + verdict);
    }

    /** An indicator's reading against its benchmark, or a rule's facts with enum names read as labels. */
    public static String facts(String code, String facts, Locale locale) {
        if (facts == null || facts.isBlank()) {
            return "";
        }
        if (code.startsWith(INDICATOR)) {
            String[] values = facts.split(" / ", 2);
            if (values.length == 2) {
                return Messages.text(locale, "review.checkItem.indicatorFacts", values[0], values[1]);
            }
        }
        return Arrays.stream(facts.split("；"))
                .map(fact -> String.valueOf(NominationTexts.label(fact, locale)))
                .collect(Collectors.joining("；"));
    }
}
