/** Start-up steps of the park programmes: no timers of their own, the deadline service's timers trigger them. */
package cn.gov.zj.jxt.green.interfaces.park.schedule;
