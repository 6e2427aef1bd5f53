package cn.gov.zj.jxt.green.domain.model.park;

/**
 * The province's two kinds of report to NDRC and MIIT on circular transformation (发改办环资〔2021〕1004号 §三(五)):
 * the yearly overall progress, early in the next year from 2023, and the final report on the 14th Five-Year period,
 * early in 2026.
 */
public enum SummaryKind {
    YEARLY,
    FINAL
}
