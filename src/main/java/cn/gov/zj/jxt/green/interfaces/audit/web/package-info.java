/** Audit log pages. */
package cn.gov.zj.jxt.green.interfaces.audit.web;
