package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** lists.xhtml: the provincial list 省级名单 as published jointly, paged, searchable by name. */
@Named
@RequestScoped
public class ListsBacking {

    @Inject
    PublicityService publicity;

    private String name;
    private PagedModel<ListedUnit> model;

    /** The page is stateless: a search or a page of the table posts the search field, which decides the rows. */
    @PostConstruct
    void searched() {
        name = Faces.posted("lists:name");
    }

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
