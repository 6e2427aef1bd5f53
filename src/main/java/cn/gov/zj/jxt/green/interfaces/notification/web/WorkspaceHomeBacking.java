package cn.gov.zj.jxt.green.interfaces.notification.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.CurrentActor;
import cn.gov.zj.jxt.green.application.NotificationService;
import cn.gov.zj.jxt.green.application.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.PortalException;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/** workspace/index.xhtml: the newest unread notifications of the signed-in person, each to be marked read. */
@Named
@ViewScoped
public class WorkspaceHomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The home page shows the newest few; the API pages through all of them. */
    static final int SHOWN = 20;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentActor currentActor;

    private Page<InboxEntry> unread;

    public List<InboxEntry> getUnread() {
        return page().items();
    }

    public long getUnreadTotal() {
        return page().total();
    }

    public void markRead(long id) {
        try {
            notifications.markRead(currentActor.get(), id);
        } catch (PortalException e) {
            Faces.show(e, java.util.Map.of());
        }
        unread = null;
    }

    private Page<InboxEntry> page() {
        if (unread == null) {
            unread = notifications.unread(currentActor.get(), new PageRequest(0, SHOWN));
        }
        return unread;
    }
}
