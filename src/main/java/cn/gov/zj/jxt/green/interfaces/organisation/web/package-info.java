/** Workspace pages for organisations. */
package cn.gov.zj.jxt.green.interfaces.organisation.web;
