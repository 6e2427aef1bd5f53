package cn.gov.zj.jxt.green.infrastructure.document;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: between any two characters, except that closing punctuation never starts
 * a line and opening punctuation never ends one (避头尾, GB/T 15834 and common typesetting practice), and that a run
 * of Latin letters and digits (2025, 0571-87058126, a web address) is not cut.
 */
final class LineBreaks {

    /** Characters that must not begin a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』〕］｝〉〗】”’…—·％,.;:?!)]}%";
    /** Characters that must not end a line. */
    private static final String NO_LINE_END = "（《「『〔［｛〈〖【“‘([{";

    /** For table cells, which OpenPDF lays out itself: the same rules as the body. */
    static final SplitCharacter SPLIT_CHARACTER = LineBreaks::splitAfter;

    private LineBreaks() {
    }

    /** Whether a line may end after {@code before} when {@code after} follows. */
    static boolean canBreak(int before, int after) {
        if (before == ' ') {
            return true;
        }
        if (after == ' ') {
            return false;
        }
        if (latin(before) && latin(after)) {
            return false;
        }
        return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    /** Letters, digits and ASCII punctuation: the characters of a word or number that stay together. */
    static boolean latin(int codePoint) {
        return codePoint > ' ' && codePoint < 0x2000;
    }

    private static boolean splitAfter(int start, int current, int end, char[] chars, PdfChunk[] chunks) {
        if (current + 1 >= end) {
            // The next character is in another chunk; break where the chunk's own character allows it.
            return chars[current] == ' ' || !latin(chars[current]) && NO_LINE_END.indexOf(chars[current]) < 0;
        }
        return canBreak(chars[current], chars[current + 1]);
    }
}
