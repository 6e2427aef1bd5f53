package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** notices.xhtml: the public list of published notices, searchable by title, number and issuer. */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    private String text;
    private PagedModel<Notice> model;

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
