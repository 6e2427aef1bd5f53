/**
 * The park programmes (浙经信绿色〔2022〕64号, seed 000): the province keeps each year's city targets for provincial
 * green low-carbon industrial parks; anyone reads the progress, counted from the registry, against them and against
 * the goal of 50 by 2025.
 *
 * <p>Circular transformation (发改办环资〔2021〕1004号, seed 001): parks' plans, approved or returned by the province;
 * their yearly progress reports, driven by rows of the deadline table ({@code ProgressPeriods},
 * {@code ProgressReportDeadlines}); and the province's acceptance of a plan.
 *
 * <p>National low-carbon park pilots (seed 002) are called, applied for, shortlisted and recommended in a joint letter.
 */
package cn.gov.zj.jxt.green.application.park;
