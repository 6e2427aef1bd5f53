package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.park.ParkReport;
import cn.gov.zj.jxt.green.domain.model.park.ParkReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaParkReportRepository implements ParkReportRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ParkReport report) {
        em.persist(report);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<ParkReport> find(long organisationId, int year) {
        return em.createNamedQuery("ParkReport.find", ParkReport.class)
                .setParameter("organisation", organisationId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> provincialParksWithout(int year) {
        return em.createNamedQuery("ParkReport.provincialParksWithout", Organisation.class)
                .setParameter("type", UnitType.PARK)
                .setParameter("level", ListLevel.PROVINCIAL)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<ParkReport> ofOrganisation(String creditCode) {
        return em.createNamedQuery("ParkReport.ofOrganisation", ParkReport.class)
                .setParameter("creditCode", creditCode)
                .getResultList();
    }
}
