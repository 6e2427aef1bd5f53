package cn.gov.zj.jxt.green.infrastructure.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 7.3.1: a title too long for one line is broken "词意完整，排列对称，长短适宜，间距恰当", into a trapezoid or a
 * diamond, never a rectangle of a long line and a stub nor an hourglass. Without a dictionary the breaks are taken
 * only where a word surely ends: at a space, after closing and before opening punctuation, before a number, before
 * 关于, around 和/及/与 and after 的, never inside an agency's name nor inside a term of the portal's vocabulary.
 * Among the breaks that fit, the most even lines win. If no word ends where the lines would fit, any place a line
 * may end (避头尾, {@link LineBreaks}) outside names and terms is taken, as few of them as can be; a title that
 * balances nowhere is filled line by line. A line is given one character less than the text block holds: digits and
 * spacing vary between fonts and word processors, a broken title must not wrap again.
 *
 * <p>The one title breaker of the portal: {@link LayoutPlanner} breaks every title with it, for the DOCX and the PDF
 * alike.
 */
final class TitleLines {

    private static final String CLOSING = "、，；：）》”」";
    private static final String OPENING = "（《“「";
    private static final String CONJUNCTIONS = "和及与";

    /** Terms of the portal's documents that a title line should not split. */
    static final List<String> TERMS = List.of("工业园区", "绿色低碳", "绿色制造", "动态管理", "供应链", "实施细则",
            "管理办法", "名单", "工厂", "园区", "企业", "公示", "通知", "推荐", "评价", "第三方", "经济和信息化厅",
            "发展和改革委员会", "生态环境厅", "浙江省");

    private TitleLines() {
    }

    /**
     * @param capacity characters of the title's size that fit on one line; lines are kept a character shorter
     * @param names    names that must stay on one line (the agencies')
     */
    static List<String> of(String title, int capacity, Set<String> names) {
        double width = Gbt9704.widthInChars(title);
        if (width <= capacity) {
            return List.of(title);
        }
        int room = capacity - 1;
        boolean[] inside = insideNamesAndTerms(title, names);
        boolean[] wordEnds = wordEnds(title);
        int fewest = (int) Math.ceil(width / room);
        for (boolean wordEndsOnly : new boolean[] {true, false}) {
            List<Integer> candidates = candidates(title, inside, wordEnds, wordEndsOnly);
            // Anywhere: the fewest lines only, to keep the search short, and as few breaks off a word end as can be.
            int most = wordEndsOnly ? fewest + 2 : fewest;
            for (int lines = fewest; lines <= most && lines - 1 <= candidates.size(); lines++) {
                Best best = new Best(wordEnds);
                choose(title, room, candidates, 0, new int[lines - 1], 0, best);
                if (best.breaks != null) {
                    return split(title, best.breaks);
                }
            }
        }
        return filled(title, room);
    }

    /** The last resort: lines filled up to {@code room}, broken where a line may end or, failing that, anywhere. */
    private static List<String> filled(String title, int room) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (Gbt9704.widthInChars(title.substring(start)) > room) {
            int end = start + 1;
            while (end < title.length() && Gbt9704.widthInChars(title.substring(start, end + 1)) <= room) {
                end++;
            }
            int at = end;
            while (at > start + 1 && !LineBreaks.canBreak(title.charAt(at - 1), title.charAt(at))) {
                at--;
            }
            at = at > start + 1 ? at : end;
            lines.add(title.substring(start, at).strip());
            start = at;
        }
        lines.add(title.substring(start).strip());
        return lines;
    }

    /** Offsets inside an agency's name or a term, where no line may start. */
    private static boolean[] insideNamesAndTerms(String title, Set<String> names) {
        boolean[] inside = new boolean[title.length() + 1];
        for (List<String> words : List.of(List.copyOf(names), TERMS)) {
            for (String word : words) {
                for (int at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
                    for (int i = at + 1; i < at + word.length(); i++) {
                        inside[i] = true;
                    }
                }
            }
        }
        return inside;
    }

    /** Offsets where a word surely ends. */
    private static boolean[] wordEnds(String title) {
        boolean[] wordEnds = new boolean[title.length() + 1];
        for (int i = 1; i < title.length(); i++) {
            char before = title.charAt(i - 1);
            char at = title.charAt(i);
            wordEnds[i] = before == ' ' || before == '\u3000'
                    || CLOSING.indexOf(before) >= 0 || OPENING.indexOf(at) >= 0
                    || (Character.isDigit(at) && !Character.isDigit(before) && before >= 0x100)
                    || title.startsWith("关于", i)
                    || CONJUNCTIONS.indexOf(at) >= 0 || CONJUNCTIONS.indexOf(before) >= 0
                    || before == '的';
        }
        return wordEnds;
    }

    /** Offsets a line may start at: where a word ends, or wherever a line may end at all. */
    private static List<Integer> candidates(String title, boolean[] inside, boolean[] wordEnds,
            boolean wordEndsOnly) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < title.length(); i++) {
            char before = title.charAt(i - 1);
            char at = title.charAt(i);
            boolean allowed = wordEndsOnly ? wordEnds[i] : LineBreaks.canBreak(before, at);
            if (allowed && !inside[i] && CLOSING.indexOf(at) < 0 && OPENING.indexOf(before) < 0) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private static final class Best {
        final boolean[] wordEnds;
        int[] breaks;
        /** Breaks not at a word end: fewer is better, before evenness. */
        int offWordEnds = Integer.MAX_VALUE;
        double spread = Double.MAX_VALUE;
        boolean widening;

        Best(boolean[] wordEnds) {
            this.wordEnds = wordEnds;
        }
    }

    private static void choose(String title, int capacity, List<Integer> candidates, int from, int[] breaks,
            int filled, Best best) {
        if (filled == breaks.length) {
            consider(title, capacity, breaks, best);
            return;
        }
        for (int c = from; c < candidates.size(); c++) {
            breaks[filled] = candidates.get(c);
            choose(title, capacity, candidates, c + 1, breaks, filled + 1, best);
        }
    }

    private static void consider(String title, int capacity, int[] breaks, Best best) {
        List<String> lines = split(title, breaks);
        double[] widths = lines.stream().mapToDouble(Gbt9704::widthInChars).toArray();
        double longest = 0;
        double shortest = Double.MAX_VALUE;
        boolean widening = true;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > capacity) {
                return;
            }
            if (i > 0 && i < widths.length - 1 && widths[i] < widths[i - 1] && widths[i] < widths[i + 1]) {
                return; // an hourglass
            }
            widening &= i == 0 || widths[i] >= widths[i - 1];
            longest = Math.max(longest, widths[i]);
            shortest = Math.min(shortest, widths[i]);
        }
        if (shortest < longest / 3) {
            return; // a stub of a line
        }
        double spread = longest - shortest;
        int offWordEnds = 0;
        for (int at : breaks) {
            offWordEnds += best.wordEnds[at] ? 0 : 1;
        }
        // Fewest breaks inside words, then most even; at equal spread, a trapezoid that widens downwards.
        if (offWordEnds < best.offWordEnds || offWordEnds == best.offWordEnds && (spread < best.spread
                || (spread == best.spread && widening && !best.widening))) {
            best.breaks = breaks.clone();
            best.offWordEnds = offWordEnds;
            best.spread = spread;
            best.widening = widening;
        }
    }

    private static List<String> split(String title, int[] breaks) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int at : breaks) {
            // A space the break falls on goes with it.
            lines.add(title.substring(start, at).replaceAll("[ \u3000]+$", ""));
            start = at;
        }
        lines.add(title.substring(start));
        return lines;
    }
}
