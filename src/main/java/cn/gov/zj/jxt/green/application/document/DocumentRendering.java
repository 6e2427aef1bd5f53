package cn.gov.zj.jxt.green.application.document;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/** Turns an official document's content into the files the portal issues: DOCX from its template, and PDF. */
public interface DocumentRendering {

    byte[] docx(DocumentContent content);

    byte[] pdf(DocumentContent content);

    /** Throws {@link InvalidTemplateException} listing every problem of a replacement template. */
    void validateTemplate(DocumentFormat format, byte[] content);

    /** The template in use for {@code format}, as a DOCX a clerk can open in Word. */
    byte[] templateInUse(DocumentFormat format);
}
