package cn.gov.zj.jxt.green.domain.model.document.content;

/** The layouts of GB/T 9704-2012 the portal issues in. */
public enum DocumentFormat {
    /** 文件格式 (GB/T 9704 7): agency mark + 文件 in red, number, red line; several agencies make a joint issue. */
    FILE,
    /** 信函格式 (GB/T 9704 10.1), e.g. 便函: agency mark, red double lines, number flush right, no page 1 number. */
    LETTER,
    /** 公告 and 公示: no special format in the standard; title, body, sign-off, no recipients, no agency mark. */
    PLAIN
}
