package cn.gov.zj.jxt.green.domain.model.document;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import java.util.List;
import java.util.Optional;

/** Issued documents and the clerks' replacement templates. */
public interface IssuedDocumentRepository {

    void add(IssuedDocument document);

    Optional<IssuedDocument> find(long id);

    void addTemplate(DocumentTemplate template);

    Optional<DocumentTemplate> findTemplate(long id);

    /** The replacement template in use for {@code format}, if a clerk uploaded one. */
    Optional<DocumentTemplate> activeTemplate(DocumentFormat format);

    List<DocumentTemplate> templates();
}
