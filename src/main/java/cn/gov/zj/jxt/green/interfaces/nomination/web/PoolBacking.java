package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * workspace/nomination/pool.xhtml: the city's cultivation pool 培育库 (organisations it prepares for the lists,
 * each with its plan) and its municipal list 市级名单, the list a provincial nominee must already be on
 * (004 §(十四)). Organisations are found by name or credit code among those the clerk's region covers.
 */
@Named
@ViewScoped
public class PoolBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many matches the organisation finder offers; a clerk narrows the words rather than scrolls. */
    private static final int FINDER_SIZE = 50;

    @Inject
    NominationService nominations;

    @Inject
    OrganisationService organisations;

    @Inject
    PortalClock clock;

    private List<PoolEntry> pool;
    private List<ListedUnit> municipal;

    private String findText;
    private List<SelectItem> found = List.of();

    private Long poolOrganisation;
    private String plan;

    private Long listOrganisation;
    private Integer listYear;
    private String basis;

    public void load() {
        if (pool == null) {
            listYear = clock.today().getYear();
            refresh();
        }
    }

    private void refresh() {
        pool = nominations.pool();
        municipal = nominations.municipalList();
    }

    /** Finds the units (not institutions) of the clerk's region whose name or credit code matches. */
    public void find() {
        found = organisations.search(null, findText, new PageRequest(0, FINDER_SIZE)).items().stream()
                .filter(o -> o.getType() != OrganisationType.INSTITUTION)
                .map(o -> new SelectItem(o.getId(), label(o)))
                .toList();
        if (found.isEmpty()) {
            Faces.error("find:text", "workspace.nomination.pool.nothingFound");
        }
    }

    private static String label(Organisation o) {
        return o.getName() + "（" + o.getCreditCode() + "）";
    }

    public void addToPool() {
        if (poolOrganisation == null) {
            Faces.error("addPool:organisation", "workspace.nomination.pool.organisationRequired");
            return;
        }
        try {
            PoolEntry entry = nominations.addToPool(poolOrganisation, plan);
            Faces.info("workspace.nomination.pool.added", entry.getOrganisation().getName());
            poolOrganisation = null;
            plan = null;
            refresh();
        } catch (PortalException e) {
            Faces.show(e, Map.of("plan", "addPool:plan", "organisationId", "addPool:organisation"));
        }
    }

    public void leave(long entryId) {
        try {
            PoolEntry entry = nominations.leavePool(entryId);
            Faces.info("workspace.nomination.pool.left", entry.getOrganisation().getName());
            refresh();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public void listMunicipal() {
        if (listOrganisation == null) {
            Faces.error("addList:organisation", "workspace.nomination.pool.organisationRequired");
            return;
        }
        try {
            ListedUnit unit = nominations.listMunicipal(listOrganisation, listYear == null ? 0 : listYear, basis);
            Faces.info("workspace.nomination.pool.listed", unit.getOrganisation().getName());
            listOrganisation = null;
            basis = null;
            refresh();
        } catch (PortalException e) {
            Faces.show(e, Map.of("year", "addList:year", "basis", "addList:basis",
                    "organisationId", "addList:organisation"));
        }
    }

    public List<PoolEntry> getPool() {
        return pool;
    }

    public List<ListedUnit> getMunicipal() {
        return municipal;
    }

    public String getFindText() {
        return findText;
    }

    public void setFindText(String findText) {
        this.findText = findText;
    }

    public List<SelectItem> getFound() {
        return found;
    }

    public Long getPoolOrganisation() {
        return poolOrganisation;
    }

    public void setPoolOrganisation(Long poolOrganisation) {
        this.poolOrganisation = poolOrganisation;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public Long getListOrganisation() {
        return listOrganisation;
    }

    public void setListOrganisation(Long listOrganisation) {
        this.listOrganisation = listOrganisation;
    }

    public Integer getListYear() {
        return listYear;
    }

    public void setListYear(Integer listYear) {
        this.listYear = listYear;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
