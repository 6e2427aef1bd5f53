package cn.gov.zj.jxt.green.infrastructure.document;

import java.util.Locale;

/**
 * The typefaces GB/T 9704-2012 names for official documents, each a role that a font file fills. The portal bundles
 * free stand-ins (docs/fonts.md); a deployment with licensed fonts points a role at its file with the setting
 * {@link #setting()}.
 */
public enum OfficialFont {

    /** 小标宋: agency mark (7.2.4) and titles (7.3.1). Stand-in: AR PL SungtiL GB drawn with a synthetic bold. */
    XIAOBIAOSONG("gbsn00lp.ttf"),
    /** 仿宋: the default text (5.2.2), body, number, signature, 版记. Stand-in: AR PL SungtiL GB. */
    FANGSONG("gbsn00lp.ttf"),
    /** 黑体: first-level headings (7.3.3) and the 附件N label (7.3.7). Stand-in: WenQuanYi Micro Hei. */
    HEITI("wqy-microhei.ttc"),
    /** 楷体: second-level headings (7.3.3). Stand-in: AR PL KaitiM GB. */
    KAITI("gkai00mp.ttf"),
    /** 宋体: page numbers (7.5). Stand-in: AR PL SungtiL GB. */
    SONGTI("gbsn00lp.ttf");

    private final String bundledFile;

    OfficialFont(String bundledFile) {
        this.bundledFile = bundledFile;
    }

    /** The environment variable naming a licensed font file for this role, e.g. PORTAL_FONT_FANGSONG. */
    public String setting() {
        return "PORTAL_FONT_" + name();
    }

    /** The same setting as a system property, e.g. portal.font.fangsong. */
    public String property() {
        return "portal.font." + name().toLowerCase(Locale.ROOT);
    }

    /** The stand-in's file name under document-templates/fonts/ on the classpath. */
    String bundledFile() {
        return bundledFile;
    }
}
