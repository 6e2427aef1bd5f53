/**
 * Official documents as files, to GB/T 9704-2012 《党政机关公文格式》: the Word templates of the three formats (文件,
 * 信函, plain 公告/公示) with the rules an uploaded replacement must keep, the DOCX renderer (docx4j), and the PDF
 * renderer (OpenPDF) with the fonts for the standard's typefaces, loaded once. Both draw one layout plan of the
 * document ({@code LayoutPlan}, made by {@code LayoutPlanner}: zones, title lines, annex table pages, numbering), so
 * the two files of a document cannot disagree on it. {@link cn.gov.zj.jxt.green.infrastructure.document.Gbt9704}
 * holds the standard's numbers for the DOCX side, {@code PdfLayout} for the PDF side; document-templates/README.md
 * tells developers and clerks how the templates change.
 */
package cn.gov.zj.jxt.green.infrastructure.document;
