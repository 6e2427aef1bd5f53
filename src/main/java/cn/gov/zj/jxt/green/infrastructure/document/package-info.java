/**
 * Official documents as files, to GB/T 9704-2012 《党政机关公文格式》: the Word templates of the three formats (文件,
 * 信函, plain 公告/公示) with the rules an uploaded replacement must keep, and the DOCX renderer. {@link
 * cn.gov.zj.jxt.green.infrastructure.document.Gbt9704} holds the standard's numbers; document-templates/README.md
 * tells developers and clerks how the templates change.
 */
package cn.gov.zj.jxt.green.infrastructure.document;
