package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** notices.xhtml: the public list of published notices, searchable by title, number and issuer. */
@Named
@RequestScoped
public class NoticesBacking {

    @Inject
    NoticeService notices;

    private String text;
    private PagedModel<Notice> model;

    /** The page is stateless: a search or a page of the table posts the search field, which decides the rows. */
    @PostConstruct
    void searched() {
        text = Faces.posted("notices:text");
    }

    public PagedModel<Notice> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> notices.published(text, request), n -> String.valueOf(n.getId()));
        }
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
