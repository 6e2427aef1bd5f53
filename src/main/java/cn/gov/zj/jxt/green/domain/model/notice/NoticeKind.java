package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/** What a notice is, which fixes its GB/T 9704 format and the series its number comes from. */
public enum NoticeKind {
    /** 通知 in 文件 format, numbered 浙经信绿色〔year〕N号; may be issued jointly. */
    NOTICE(DocumentFormat.FILE, Issuer.GREEN),
    /** 便函 in 信函格式, numbered 浙经信绿色便函〔year〕N号 (seed 003). */
    LETTER(DocumentFormat.LETTER, Issuer.GREEN_LETTER),
    /** 公告: a plain notice without number or recipients. */
    ANNOUNCEMENT(DocumentFormat.PLAIN, null);

    private final DocumentFormat format;
    private final Issuer issuer;

    NoticeKind(DocumentFormat format, Issuer issuer) {
        this.format = format;
        this.issuer = issuer;
    }

    public DocumentFormat format() {
        return format;
    }

    /** The number series, or {@code null} for an unnumbered kind. */
    public Issuer issuer() {
        return issuer;
    }

    public boolean hasRecipients() {
        return format != DocumentFormat.PLAIN;
    }

    public boolean mayBeJoint() {
        return format == DocumentFormat.FILE;
    }
}
