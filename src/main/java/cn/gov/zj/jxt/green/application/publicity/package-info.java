/**
 * The 15-day publicity (公示): opening, extending, suspending and closing a period by its deadlines, objections
 * (异议) and their outcomes, and the joint publication of the list.
 */
package cn.gov.zj.jxt.green.application.publicity;
