/**
 * Timers: the persistent EJB timers that implement the application's
 * {@link cn.gov.zj.jxt.green.application.deadline.DeadlineTriggers}, with a periodic sweep under them.
 */
package cn.gov.zj.jxt.green.infrastructure.schedule;
