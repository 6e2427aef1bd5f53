package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** index.xhtml: the latest published notices on the home page. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int LATEST = 5;

    @Inject
    NoticeService notices;

    private List<Notice> latestNotices;

    public List<Notice> getLatestNotices() {
        if (latestNotices == null) {
            latestNotices = notices.latestPublished(LATEST);
        }
        return latestNotices;
    }
}
