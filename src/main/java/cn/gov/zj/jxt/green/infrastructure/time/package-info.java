/** Time: the portal's clock, fixed to Asia/Shanghai, which tests and the demo loader can move. */
package cn.gov.zj.jxt.green.infrastructure.time;
