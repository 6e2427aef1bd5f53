package cn.gov.zj.jxt.green.domain.model.report;

/** What a named report is about (004 §(二十三)): a unit on a green list, or a third-party institution. */
public enum ReportSubject {
    /** 绿色制造名单单位: routed to the city of its listing. */
    LISTED_UNIT,
    /** 第三方机构: routed to the city of its registered region; its case ends with a report to the province. */
    INSTITUTION
}
