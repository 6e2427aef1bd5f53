/** Start-up work of dynamic management: the coming year's deadlines exist before anyone needs them. */
package cn.gov.zj.jxt.green.interfaces.dynamic.schedule;
