package cn.gov.zj.jxt.green.interfaces.notification.web;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.notification.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
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

    /**
     * The entries as this view first showed them. A button names its row by number, so the rows must stay put
     * while the view lives: re-reading the list after a mark would let a button pressed again from the same page
     * mark the next notification, one the clerk never saw.
     */
    private Page<InboxEntry> shown;
    private final Set<Long> read = new HashSet<>();

    public List<InboxEntry> getShown() {
        return page().items();
    }

    public List<InboxEntry> getUnread() {
        return getShown().stream().filter(n -> !read.contains(n.id())).toList();
    }

    public boolean isRead(InboxEntry entry) {
        return read.contains(entry.id());
    }

    public long getUnreadTotal() {
        return page().total() - read.size();
    }

    public void markRead(long id) {
        try {
            notifications.markRead(currentActor.get(), id);
            read.add(id);
        } catch (PortalException e) {
            Faces.show(e, java.util.Map.of());
        }
    }

    private Page<InboxEntry> page() {
        if (shown == null) {
            shown = notifications.unread(currentActor.get(), new PageRequest(0, SHOWN));
        }
        return shown;
    }
}
