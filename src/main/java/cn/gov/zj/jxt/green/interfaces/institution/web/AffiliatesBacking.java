package cn.gov.zj.jxt.green.interfaces.institution.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.institution.InstitutionAffiliateService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/**
 * workspace/institution/affiliates.xhtml: an institution keeps its affiliated units here; provincial readers see
 * every institution's, without the form.
 */
@Named
@ViewScoped
public class AffiliatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field names → input ids on the page (form "affiliate"). */
    private static final Map<String, String> FIELDS = Map.of("name", "affiliate:name",
            "creditCode", "affiliate:creditCode", "relation", "affiliate:relation");

    @Inject
    InstitutionAffiliateService service;

    @Inject
    CurrentActor currentActor;

    private List<InstitutionAffiliate> affiliates;
    private InstitutionAffiliate form;

    public void load() {
        if (affiliates != null) {
            return; // a postback of this view: keep what was typed
        }
        affiliates = service.list(null);
        if (isManager()) {
            form = service.prepare();
        }
    }

    public String add() {
        try {
            InstitutionAffiliate added = service.add(form);
            Faces.info("workspace.institution.affiliates.added", added.getName());
            Faces.keepMessages();
            return "/workspace/institution/affiliates.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public String remove(long id) {
        try {
            service.remove(id);
            Faces.info("workspace.institution.affiliates.removed");
            Faces.keepMessages();
            return "/workspace/institution/affiliates.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    /** An institution's own account keeps the list; everyone else who may open the page only reads it. */
    public boolean isManager() {
        return currentActor.get().is(Role.INSTITUTION);
    }

    public List<InstitutionAffiliate> getAffiliates() {
        return affiliates;
    }

    public InstitutionAffiliate getForm() {
        return form;
    }
}
