package cn.gov.zj.jxt.green.infrastructure.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 7.3.1: a title too long for one line is broken "词意完整，排列对称，长短适宜，间距恰当", into a trapezoid or a
 * diamond, never a rectangle of a long line and a stub nor an hourglass. Without a dictionary the breaks are taken
 * only where a word surely ends: at a space, after closing and before opening punctuation, before a number, before
 * 关于, around 和/及/与 and after 的, never inside an agency's name. Among the breaks that fit, the most even lines
 * win; if none fit, the title is left to the word processor's own wrapping. A line is given one character less than
 * the text block holds: digits and spacing vary between fonts and word processors, a broken title must not wrap
 * again.
 */
final class TitleLines {

    private static final String CLOSING = "、，；：）》”」";
    private static final String OPENING = "（《“「";
    private static final String CONJUNCTIONS = "和及与";

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
        List<Integer> candidates = candidates(title, names);
        int fewest = (int) Math.ceil(width / room);
        for (int lines = fewest; lines <= fewest + 2 && lines - 1 <= candidates.size(); lines++) {
            Best best = new Best();
            choose(title, room, candidates, 0, new int[lines - 1], 0, best);
            if (best.breaks != null) {
                return split(title, best.breaks);
            }
        }
        return List.of(title);
    }

    /** Offsets a line may start at. */
    private static List<Integer> candidates(String title, Set<String> names) {
        boolean[] inName = new boolean[title.length() + 1];
        for (String name : names) {
            for (int at = title.indexOf(name); at >= 0; at = title.indexOf(name, at + 1)) {
                for (int i = at + 1; i < at + name.length(); i++) {
                    inName[i] = true;
                }
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < title.length(); i++) {
            char before = title.charAt(i - 1);
            char at = title.charAt(i);
            boolean wordEnds = before == ' ' || before == '\u3000'
                    || CLOSING.indexOf(before) >= 0 || OPENING.indexOf(at) >= 0
                    || (Character.isDigit(at) && !Character.isDigit(before) && before >= 0x100)
                    || title.startsWith("关于", i)
                    || CONJUNCTIONS.indexOf(at) >= 0 || CONJUNCTIONS.indexOf(before) >= 0
                    || before == '的';
            if (wordEnds && !inName[i] && CLOSING.indexOf(at) < 0 && OPENING.indexOf(before) < 0) {
                candidates.add(i);
            }
        }
        return candidates;
    }

    private static final class Best {
        int[] breaks;
        double spread = Double.MAX_VALUE;
        boolean widening;
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
        // Most even first; at equal spread, a trapezoid that widens downwards.
        if (spread < best.spread || (spread == best.spread && widening && !best.widening)) {
            best.breaks = breaks.clone();
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
