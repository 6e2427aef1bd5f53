/**
 * Deadlines kept in the database and triggered by persistent EJB timers: the timer is only a trigger, the effect
 * runs once, in the transaction that marks the deadline done.
 */
package cn.gov.zj.jxt.green.domain.model.deadline;
