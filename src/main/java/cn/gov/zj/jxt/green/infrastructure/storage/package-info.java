/**
 * Uploaded files: the {@link cn.gov.zj.jxt.green.infrastructure.storage.UploadInspector} decides whether a
 * file may be kept, and the {@link cn.gov.zj.jxt.green.infrastructure.storage.ContentAddressedFileStore} keeps it, immutable
 * and named by its SHA-256, outside the web root. Files come from anyone, including the public with evidence
 * for a named report, and are later opened by clerks and reviewers on office computers; so a file is judged by
 * what its bytes are, never by its name or the content type the browser declared, both of which the sender
 * chooses. A program renamed 报告.pdf is still a program, a DOCX with a macro still runs it, and a small ZIP
 * can still unpack to gigabytes: each is refused with a message that tells the sender why.
 */
package cn.gov.zj.jxt.green.infrastructure.storage;
