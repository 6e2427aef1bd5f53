package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Texts the nomination pages share: a rule outcome's message in the reader's language. The rules pass enum
 * names as arguments (the indicators that lag, the list that is missing) so that the domain stays free of
 * language; here they become their labels.
 */
@Named
@ApplicationScoped
public class NominationTexts {

    public String outcome(RuleOutcome outcome) {
        return outcome(outcome, Faces.locale());
    }

    /** For a view action, which runs before the view's locale is set: the reader's locale is given. */
    public String outcome(RuleOutcome outcome, Locale locale) {
        Object[] arguments = outcome.arguments().stream().map(a -> label(a, locale)).toArray();
        return Messages.text(locale, outcome.messageKey(), arguments);
    }

    /** A failed rule as one line: its name, its clause, and what failed. */
    public String failure(RuleOutcome outcome, Locale locale) {
        return Messages.text(locale, "enum.EligibilityRule." + outcome.rule().name()) + "（"
                + Clauses.cite(outcome.rule().clause(), locale) + "）：" + outcome(outcome, locale);
    }

    public static Object label(Object argument, Locale locale) {
        String text = String.valueOf(argument);
        if (isListLevel(text)) {
            return Messages.text(locale, "enum.ListLevel." + text);
        }
        String[] names = text.split(",");
        if (!text.isEmpty() && Arrays.stream(names).allMatch(NominationTexts::isIndicator)) {
            return Arrays.stream(names).map(n -> Messages.text(locale, "enum.Indicators.Kind." + n))
                    .collect(Collectors.joining(Messages.text(locale, "nomination.listSeparator")));
        }
        return argument;
    }

    private static boolean isListLevel(String name) {
        return Arrays.stream(ListLevel.values()).anyMatch(l -> l.name().equals(name));
    }

    private static boolean isIndicator(String name) {
        return Arrays.stream(Indicators.Kind.values()).anyMatch(k -> k.name().equals(name));
    }
}
