package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * workspace/applications/index.xhtml: the applicant's applications, and the open batches that call its kind of
 * unit (003 §一), each with a button to apply. The rows live with the view: a button pressed on a list that has
 * changed since it was shown still means the batch it was shown beside, not whichever batch now has its row.
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    BatchService batches;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentActor currentActor;

    private List<Application> mine;
    private List<Batch> callingMe;

    public void load() {
        mine = applications.mine();
        Long organisationId = currentActor.get().organisationId();
        UnitType unitType = UnitType.of(organisations.get(organisationId).getType());
        Set<Long> appliedIn = mine.stream().map(a -> a.getBatch().getId()).collect(Collectors.toSet());
        callingMe = batches.open().stream()
                .filter(b -> b.getUnitTypes().contains(unitType) && !appliedIn.contains(b.getId()))
                .toList();
    }

    public String apply(long batchId) {
        try {
            Application started = applications.start(batchId);
            Faces.info("workspace.applications.started", started.getBatch().getTitle());
            Faces.keepMessages();
            return "/workspace/applications/edit.xhtml?faces-redirect=true&id=" + started.getId();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            load();
            return null;
        }
    }

    /** Loaded on first use: a postback (the apply button in a row) needs the rows before any view action runs. */
    public List<Application> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public List<Batch> getCallingMe() {
        if (callingMe == null) {
            load();
        }
        return callingMe;
    }
}
