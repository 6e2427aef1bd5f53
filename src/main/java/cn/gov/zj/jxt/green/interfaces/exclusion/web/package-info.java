/** The exclusion register page of the workspace. */
package cn.gov.zj.jxt.green.interfaces.exclusion.web;
