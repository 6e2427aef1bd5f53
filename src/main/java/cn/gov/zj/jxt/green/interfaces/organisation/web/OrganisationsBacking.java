package cn.gov.zj.jxt.green.interfaces.organisation.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;

/** workspace/organisations/index.xhtml: organisations in the actor's scope, searchable, paged. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private OrganisationType type;
    private String text;
    private PagedModel<Organisation> model;

    public PagedModel<Organisation> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> organisations.search(type, text, request),
                    o -> String.valueOf(o.getId()));
        }
        return model;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
