package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** workspace/notices/view.xhtml: an issued notice as the clerk sees it — publish it, or start a correction. */
@Named
@ViewScoped
public class WorkspaceNoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoticeService notices;

    private Long id;
    private Notice notice;
    private Notice correction;

    public void load() {
        if (notice == null) {
            notice = notices.get(id == null ? -1 : id);
            correction = notices.correctionOf(notice.getId());
        }
    }

    public void publish() {
        try {
            notice = notices.publish(id);
            Faces.info("workspace.notices.published", notice.getTitle());
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public String correct() {
        try {
            Notice draft = notices.correct(id);
            Faces.info("workspace.notices.correctionStarted", notice.getTitle());
            Faces.keepMessages();
            return "/workspace/notices/edit.xhtml?faces-redirect=true&id=" + draft.getId();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Notice getNotice() {
        return notice;
    }

    public Notice getCorrection() {
        return correction;
    }
}
