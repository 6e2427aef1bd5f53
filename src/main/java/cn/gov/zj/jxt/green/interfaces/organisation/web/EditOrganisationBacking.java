package cn.gov.zj.jxt.green.interfaces.organisation.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/**
 * workspace/organisations/edit.xhtml[?id=…]: registers a new organisation or changes one. A refusal keeps
 * everything typed and shows each message beside its field.
 */
@Named
@ViewScoped
public class EditOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field names → input ids on the page (form "organisation"). */
    private static final Map<String, String> FIELDS = Map.of(
            "type", "organisation:type", "name", "organisation:name", "creditCode", "organisation:creditCode",
            "region", "organisation:region", "address", "organisation:address",
            "legalRepresentative", "organisation:legalRepresentative", "contactName", "organisation:contactName",
            "contactPhone", "organisation:contactPhone", "contactEmail", "organisation:contactEmail");

    @Inject
    OrganisationService organisations;

    private Long id;
    private Organisation organisation;
    private String regionCode;

    public void load() {
        if (organisation != null) {
            return; // a postback of this view: keep what was typed
        }
        if (id == null) {
            organisation = organisations.prepareRegistration();
        } else {
            organisation = organisations.get(id);
            regionCode = organisation.getRegion().getCode();
        }
    }

    public String save() {
        organisation.setRegion(regionCode == null ? null : Region.reference(regionCode));
        try {
            Organisation saved = id == null ? organisations.register(organisation)
                    : organisations.update(id, organisation.getVersion(), organisation);
            Faces.info("workspace.organisations.edit.saved", saved.getName());
            Faces.keepMessages();
            return "/workspace/organisations/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
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

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
