/**
 * What an official document says, independent of how it is rendered: the format (GB/T 9704-2012 文件 format,
 * 信函格式 or a plain 公告/公示), the issuing agencies, number, title, recipients, body, annexes, signature, date and
 * 版记. The DOCX and PDF renderers both take a {@link cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent}
 * and must agree on every element.
 */
package cn.gov.zj.jxt.green.domain.model.document.content;
