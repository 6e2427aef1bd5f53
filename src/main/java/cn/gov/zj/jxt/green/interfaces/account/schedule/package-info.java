/** The account context's timer: the aggregated audit of failed sign-ins without an account of their own. */
package cn.gov.zj.jxt.green.interfaces.account.schedule;
