/**
 * Rendering official documents (GB/T 9704-2012) to PDF with OpenPDF: the fonts for the standard's typefaces, loaded
 * once ({@link cn.gov.zj.jxt.green.infrastructure.document.FontLibrary}), and the renderer
 * ({@link cn.gov.zj.jxt.green.infrastructure.document.PdfRenderer}) that lays a document's content out in the 文件,
 * 信函 or plain notice format.
 */
package cn.gov.zj.jxt.green.infrastructure.document;
