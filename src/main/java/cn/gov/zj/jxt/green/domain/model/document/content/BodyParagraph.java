package cn.gov.zj.jxt.green.domain.model.document.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph of the body with its heading level, read from its numbering as GB/T 9704 7.3.3 orders them:
 * 一、 (黑体), （一） (楷体), 1. and （1） (仿宋). A heading's {@code lead} is the heading itself, up to and including
 * the first 。 if the paragraph goes on after it; the renderers set only the lead in the heading's font.
 */
public record BodyParagraph(Level level, String lead, String rest) {

    public enum Level {
        /** 一、 in 黑体. */
        FIRST,
        /** （一） in 楷体. */
        SECOND,
        /** 1. in 仿宋. */
        THIRD,
        /** （1） in 仿宋. */
        FOURTH,
        /** Body text. */
        TEXT
    }

    private static final Pattern FIRST = Pattern.compile("^[一二三四五六七八九十百]+、.*", Pattern.DOTALL);
    private static final Pattern SECOND = Pattern.compile("^[（(][一二三四五六七八九十百]+[）)].*", Pattern.DOTALL);
    private static final Pattern THIRD = Pattern.compile("^\\d+[.．].*", Pattern.DOTALL);
    private static final Pattern FOURTH = Pattern.compile("^[（(]\\d+[）)].*", Pattern.DOTALL);
    private static final Pattern LEAD = Pattern.compile("^([^。]*。)(.+)$", Pattern.DOTALL);

    public static BodyParagraph of(String text) {
        String t = text.strip();
        Level level = FIRST.matcher(t).matches() ? Level.FIRST
                : SECOND.matcher(t).matches() ? Level.SECOND
                : THIRD.matcher(t).matches() ? Level.THIRD
                : FOURTH.matcher(t).matches() ? Level.FOURTH
                : Level.TEXT;
        if (level == Level.TEXT) {
            return new BodyParagraph(level, "", t);
        }
        Matcher m = LEAD.matcher(t);
        return m.matches() ? new BodyParagraph(level, m.group(1), m.group(2)) : new BodyParagraph(level, t, "");
    }

    public String text() {
        return lead + rest;
    }
}
