package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeStatus;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** workspace/notices/index.xhtml: every notice, drafts included, for the provincial clerks. */
@Named
@ViewScoped
public class WorkspaceNoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    private String text;
    private NoticeStatus status;
    private PagedModel<Notice> model;

    public PagedModel<Notice> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> notices.all(text, status, request), n -> String.valueOf(n.getId()));
        }
        return model;
    }

    public NoticeStatus[] getStatuses() {
        return NoticeStatus.values();
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }
}
