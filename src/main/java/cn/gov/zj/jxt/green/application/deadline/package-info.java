/**
 * Deadlines as rows: scheduling, firing exactly once and sweeping what is overdue. Each context registers a
 * {@link cn.gov.zj.jxt.green.application.deadline.DeadlineHandler} for its kinds; the timer that triggers them is an
 * adapter of {@link cn.gov.zj.jxt.green.application.deadline.DeadlineTriggers}.
 */
package cn.gov.zj.jxt.green.application.deadline;
