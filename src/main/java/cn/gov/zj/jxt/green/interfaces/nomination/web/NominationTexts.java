package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
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
        Object[] arguments = outcome.arguments().stream().map(NominationTexts::label).toArray();
        return Faces.text(outcome.messageKey(), arguments);
    }

    static Object label(Object argument) {
        String text = String.valueOf(argument);
        if (isListLevel(text)) {
            return Faces.text("enum.ListLevel." + text);
        }
        String[] names = text.split(",");
        if (!text.isEmpty() && Arrays.stream(names).allMatch(NominationTexts::isIndicator)) {
            return Arrays.stream(names).map(n -> Faces.text("enum.Indicators.Kind." + n))
                    .collect(Collectors.joining(Faces.text("nomination.listSeparator")));
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
