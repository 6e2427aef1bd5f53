/** Workspace pages of the register of document numbers 发文登记簿. */
package cn.gov.zj.jxt.green.interfaces.document.web;
