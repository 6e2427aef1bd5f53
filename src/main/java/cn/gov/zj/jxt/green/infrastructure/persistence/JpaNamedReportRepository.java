package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.NamedReportRepository;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaNamedReportRepository implements NamedReportRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(NamedReport report) {
        em.persist(report);
    }

    @Override
    public Optional<NamedReport> find(long id) {
        return Optional.ofNullable(em.find(NamedReport.class, id));
    }

    @Override
    public Optional<NamedReport> lock(long id) {
        return Optional.ofNullable(em.find(NamedReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<NamedReport> byReceipt(String receiptHash) {
        return em.createNamedQuery("NamedReport.byReceipt", NamedReport.class).setParameter("hash", receiptHash)
                .getResultStream().findFirst();
    }

    @Override
    public Page<NamedReport> search(String cityCode, ReportStatus status, boolean escalatedOnly, PageRequest page) {
        return Paging.page(em, NamedReport.class, (cb, r) -> {
            List<Predicate> where = new ArrayList<>();
            if (cityCode != null) {
                where.add(cb.equal(r.get("city").get("code"), cityCode));
            }
            if (status != null) {
                where.add(cb.equal(r.get("status"), status));
            }
            if (escalatedOnly) {
                where.add(cb.isNotNull(r.get("escalation")));
            }
            return where.toArray(Predicate[]::new);
        }, (cb, r) -> List.of(cb.desc(r.get("submittedAt")), cb.desc(r.get("id"))), page);
    }

    @Override
    public Page<NamedReport> published(PageRequest page) {
        List<NamedReport> items = em.createNamedQuery("NamedReport.published", NamedReport.class)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, em.createNamedQuery("NamedReport.countPublished", Long.class).getSingleResult());
    }

    @Override
    public List<ListedUnit> listedCandidates(String text, int max) {
        return em.createNamedQuery("NamedReport.listedCandidates", ListedUnit.class)
                .setParameter("name", like(text)).setParameter("code", text.strip().toUpperCase(Locale.ROOT))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Organisation> institutionCandidates(String text, int max) {
        return em.createNamedQuery("NamedReport.institutionCandidates", Organisation.class)
                .setParameter("name", like(text)).setParameter("code", text.strip().toUpperCase(Locale.ROOT))
                .setMaxResults(max).getResultList();
    }

    /** A contains-pattern with LIKE's own characters taken literally. */
    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
