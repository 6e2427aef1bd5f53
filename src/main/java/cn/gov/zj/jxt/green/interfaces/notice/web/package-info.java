/** The public notice pages and the provincial clerks' notice workspace. */
package cn.gov.zj.jxt.green.interfaces.notice.web;
