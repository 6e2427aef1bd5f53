package cn.gov.zj.jxt.green.interfaces.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;

/** workspace/organisations/view.xhtml?id=…: one organisation, if the actor's scope covers it (else 403). */
@Named
@RequestScoped
public class ViewOrganisationBacking {

    @Inject
    OrganisationService organisations;

    private Long id;
    private Organisation organisation;

    /** Without an id, or with one that names nothing, the page answers 404. */
    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("Organisation", "");
        }
        organisation = organisations.get(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
