/**
 * Notices 通知, letters 便函 and announcements 公告 of the provincial department: drafted by a provincial clerk,
 * issued (numbered, rendered to DOCX and PDF through the document service, frozen) and published to the public.
 */
package cn.gov.zj.jxt.green.domain.model.notice;
