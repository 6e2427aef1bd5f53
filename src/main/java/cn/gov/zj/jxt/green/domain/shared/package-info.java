/** Small value types every context uses. */
package cn.gov.zj.jxt.green.domain.shared;
