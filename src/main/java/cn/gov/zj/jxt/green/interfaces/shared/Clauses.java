package cn.gov.zj.jxt.green.interfaces.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the clause codes the domain keeps ({@code 004 §(十九) 2}, {@code 004 §(十) 1；003 §一(一)}) into the
 * citation a reader knows from the documents: 《实施细则》第十九条第二项 in Chinese, "Implementing Rules, Art. 19(2)"
 * in English. The code stays the domain's and the API's; every page, feed, export and message shows the citation.
 * <p>
 * A code is one or more document references separated by "；", each a seed number (000–004) followed by sections
 * separated by "、": {@code §(十九)} is an article of the rules (第十九条), {@code §四} a chapter of the rules or a part
 * of a notice, {@code §一(二)} a part of a notice with its item, and a trailing number an item (第二项). Text that is
 * not such a code is returned unchanged, so the history line of a listed unit can pass any detail through.
 * The documents' names are the bundle's {@code clause.document.<seed>}.
 */
public final class Clauses {

    private static final Pattern DOCUMENT = Pattern.compile("(00[0-4]) (.+)");
    private static final Pattern SECTION =
            Pattern.compile("§(?:\\(([一二三四五六七八九十]+)\\)|([一二三四五六七八九十]+)(?:\\(([一二三四五六七八九十]+)\\))?)(?: (\\d+))?");
    private static final String NUMERALS = "一二三四五六七八九";
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private Clauses() {
    }

    /** The citation of {@code code} in the reader's language; text that is no clause code comes back as it is. */
    public static String cite(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return code;
        }
        Locale reader = Messages.supported(locale);
        boolean english = reader.getLanguage().equals("en");
        List<String> documents = new ArrayList<>();
        for (String part : code.strip().split("\\s*；\\s*")) {
            String cited = document(part, reader, english);
            if (cited == null) {
                return code;
            }
            documents.add(cited);
        }
        return String.join(english ? "; " : "；", documents);
    }

    /** A message's parameters with every clause code among them cited, for a refusal that names clauses. */
    public static Object[] citeAll(Object[] parameters, Locale locale) {
        Object[] cited = parameters.clone();
        for (int i = 0; i < cited.length; i++) {
            if (cited[i] instanceof String text) {
                cited[i] = cite(text, locale);
            }
        }
        return cited;
    }

    private static String document(String reference, Locale reader, boolean english) {
        Matcher m = DOCUMENT.matcher(reference);
        if (!m.matches()) {
            return null;
        }
        String seed = m.group(1);
        boolean rules = seed.equals("004");
        List<String> sections = new ArrayList<>();
        for (String section : m.group(2).split("\\s*、\\s*")) {
            Matcher s = SECTION.matcher(section);
            if (!s.matches()) {
                return null;
            }
            sections.add(english ? english(s, rules) : chinese(s, rules));
        }
        String name = Messages.text(reader, "clause.document." + seed);
        return english ? name + ", " + String.join(", ", sections) : name + String.join("、", sections);
    }

    /** 第十九条第二项, 第四章, 第一条第（二）项: the rules have articles and chapters, a notice its numbered parts. */
    private static String chinese(Matcher s, boolean rules) {
        StringBuilder text = new StringBuilder();
        if (s.group(1) != null) {
            text.append('第').append(s.group(1)).append('条');
        } else {
            text.append('第').append(s.group(2)).append(rules ? '章' : '条');
            if (s.group(3) != null) {
                text.append("第（").append(s.group(3)).append("）项");
            }
        }
        if (s.group(4) != null) {
            text.append('第').append(chineseNumeral(Integer.parseInt(s.group(4)))).append('项');
        }
        return text.toString();
    }

    /** Art. 19(2), Chapter IV, Section I(2). */
    private static String english(Matcher s, boolean rules) {
        StringBuilder text = new StringBuilder();
        if (s.group(1) != null) {
            text.append("Art. ").append(number(s.group(1)));
        } else {
            text.append(rules ? "Chapter " : "Section ").append(roman(number(s.group(2))));
            if (s.group(3) != null) {
                text.append('(').append(number(s.group(3))).append(')');
            }
        }
        if (s.group(4) != null) {
            text.append('(').append(s.group(4)).append(')');
        }
        return text.toString();
    }

    /** 十九 → 19, 二十三 → 23, 十 → 10, 四 → 4 (the rules number up to 二十九). */
    static int number(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digit(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char numeral) {
        return NUMERALS.indexOf(numeral) + 1;
    }

    /** 2 → 二, 12 → 十二, 20 → 二十. */
    static String chineseNumeral(int n) {
        if (n < 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(NUMERALS.charAt(n / 10 - 1));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10 - 1)));
    }

    private static String roman(int n) {
        return n < ROMAN.length ? ROMAN[n] : String.valueOf(n);
    }
}
