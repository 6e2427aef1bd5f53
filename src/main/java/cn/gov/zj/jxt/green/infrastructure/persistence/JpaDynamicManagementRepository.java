package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.dynamic.DeclaredChange;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDynamicManagementRepository implements DynamicManagementRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(DynamicForm form) {
        em.persist(form);
    }

    @Override
    public Optional<DynamicForm> form(long id) {
        return Optional.ofNullable(em.find(DynamicForm.class, id));
    }

    @Override
    public Optional<DynamicForm> form(long organisationId, int year) {
        return em.createNamedQuery("DynamicForm.of", DynamicForm.class).setParameter("organisation", organisationId)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<DynamicForm> formsOfCity(String cityCode, int year) {
        return em.createNamedQuery("DynamicForm.ofCity", DynamicForm.class).setParameter("city", cityCode)
                .setParameter("year", year).getResultList();
    }

    @Override
    public Optional<DeclaredChange> change(long id) {
        return Optional.ofNullable(em.find(DeclaredChange.class, id));
    }

    @Override
    public List<ListedUnit> listedBefore(Instant before) {
        return em.createQuery("SELECT u FROM ListedUnit u WHERE u.removedAt IS NULL AND u.listedAt < :before "
                + "ORDER BY u.id", ListedUnit.class).setParameter("before", before).getResultList();
    }

    @Override
    public List<ListedUnit> currentEntries(long organisationId) {
        return em.createQuery("SELECT u FROM ListedUnit u WHERE u.organisation.id = :organisation "
                + "AND u.removedAt IS NULL ORDER BY u.level, u.id", ListedUnit.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    @Override
    public List<ListedUnit> withoutForm(int year, Instant before) {
        return em.createQuery("SELECT u FROM ListedUnit u WHERE u.removedAt IS NULL AND u.listedAt < :before "
                + "AND NOT EXISTS (SELECT f FROM DynamicForm f WHERE f.organisation = u.organisation "
                + "AND f.year = :year) ORDER BY u.id", ListedUnit.class)
                .setParameter("before", before).setParameter("year", year).getResultList();
    }

    @Override
    public List<ListedUnit> listedIn(List<Integer> listYears) {
        if (listYears.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM ListedUnit u WHERE u.removedAt IS NULL AND u.year IN :years "
                + "ORDER BY u.id", ListedUnit.class).setParameter("years", listYears).getResultList();
    }

    @Override
    public void add(ReReviewTask task) {
        em.persist(task);
    }

    @Override
    public Optional<ReReviewTask> reReview(long id) {
        return Optional.ofNullable(em.find(ReReviewTask.class, id));
    }

    @Override
    public Optional<ReReviewTask> reReview(long unitId, int cycleYear) {
        return em.createNamedQuery("ReReviewTask.ofUnit", ReReviewTask.class).setParameter("unit", unitId)
                .getResultStream().filter(t -> t.getCycleYear() == cycleYear).findFirst();
    }

    @Override
    public List<ReReviewTask> reReviewsOfCity(String cityCode) {
        return em.createNamedQuery("ReReviewTask.ofCity", ReReviewTask.class).setParameter("city", cityCode)
                .getResultList();
    }

    @Override
    public void add(RemovalProposal proposal) {
        em.persist(proposal);
    }

    @Override
    public Optional<RemovalProposal> proposal(long id) {
        return Optional.ofNullable(em.find(RemovalProposal.class, id));
    }

    @Override
    public Optional<RemovalProposal> noFormProposal(long unitId, int year) {
        return em.createNamedQuery("RemovalProposal.noForm", RemovalProposal.class).setParameter("unit", unitId)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<RemovalProposal> proposals(ProposalStatus status) {
        return em.createNamedQuery("RemovalProposal.byStatus", RemovalProposal.class).setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<RemovalProposal> proposalsOfCity(String cityCode) {
        return em.createNamedQuery("RemovalProposal.ofCity", RemovalProposal.class).setParameter("city", cityCode)
                .getResultList();
    }

    @Override
    public List<RemovalProposal> proposalsOfUnit(long unitId) {
        return em.createNamedQuery("RemovalProposal.ofUnit", RemovalProposal.class).setParameter("unit", unitId)
                .getResultList();
    }

    @Override
    public List<RemovalProposal> proposalsOfAnnouncement(long documentId) {
        return em.createNamedQuery("RemovalProposal.ofAnnouncement", RemovalProposal.class)
                .setParameter("document", documentId).getResultList();
    }

    @Override
    public List<cn.gov.zj.jxt.green.domain.model.document.IssuedDocument> announcements() {
        return em.createNamedQuery("RemovalProposal.announcements",
                cn.gov.zj.jxt.green.domain.model.document.IssuedDocument.class).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
