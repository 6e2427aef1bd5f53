package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocumentRepository;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(IssuedDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<IssuedDocument> find(long id) {
        return Optional.ofNullable(em.find(IssuedDocument.class, id));
    }

    @Override
    public void addTemplate(DocumentTemplate template) {
        em.persist(template);
    }

    @Override
    public Optional<DocumentTemplate> findTemplate(long id) {
        return Optional.ofNullable(em.find(DocumentTemplate.class, id));
    }

    @Override
    public Optional<DocumentTemplate> activeTemplate(DocumentFormat format) {
        return em.createNamedQuery("DocumentTemplate.findActive", DocumentTemplate.class)
                .setParameter("format", format)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<DocumentTemplate> templates() {
        return em.createNamedQuery("DocumentTemplate.findAll", DocumentTemplate.class).setMaxResults(200)
                .getResultList();
    }
}
