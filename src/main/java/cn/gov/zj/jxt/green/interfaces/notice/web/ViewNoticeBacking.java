package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** notice.xhtml?id=…: one published notice with its text and downloads. */
@Named
@RequestScoped
public class ViewNoticeBacking {

    @Inject
    NoticeService notices;

    private Long id;
    private Notice notice;
    private Notice correction;

    public void load() {
        notice = notices.get(id == null ? -1 : id);
        correction = notices.correctionOf(notice.getId());
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

    /** The notice that corrects this one, if published. */
    public Notice getCorrection() {
        return correction;
    }
}
