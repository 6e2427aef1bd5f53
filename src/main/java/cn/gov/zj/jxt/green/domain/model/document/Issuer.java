package cn.gov.zj.jxt.green.domain.model.document;

/**
 * Who issues under which document-number prefix (发文机关代字). Each has its own yearly series: 浙经信绿色〔2024〕105号
 * (004) and 浙经信绿色便函〔2025〕58号 (003) are numbered independently.
 */
public enum Issuer {
    /** 浙经信绿色: notices and other 文件-format documents of the department's green manufacturing office. */
    GREEN("浙经信绿色"),
    /** 浙经信绿色便函: letters (信函格式). */
    GREEN_LETTER("浙经信绿色便函");

    private final String prefix;

    Issuer(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
