/** Time: the portal's clock, fixed to Asia/Shanghai. */
package cn.gov.zj.jxt.green.infrastructure.time;
