package cn.gov.zj.jxt.green.domain.model.notice;

/** A notice's life: drafted, issued (numbered and frozen), published (visible to the public). */
public enum NoticeStatus {
    DRAFT,
    ISSUED,
    PUBLISHED
}
