package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** lists.xhtml: the provincial list 省级名单 as published jointly, paged, searchable by name. */
@Named
@ViewScoped
public class ListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicityService publicity;

    private String name;
    private PagedModel<ListedUnit> model;

    public PagedModel<ListedUnit> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> publicity.provincialList(name, request), u -> String.valueOf(u.getId()));
        }
        return model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
