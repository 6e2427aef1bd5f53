/**
 * Numbered notices (通知): drafting, issuing through the document service and publishing them to the public.
 */
package cn.gov.zj.jxt.green.application.notice;
