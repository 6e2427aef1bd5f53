package cn.gov.zj.jxt.green.interfaces.notification.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.notification.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** The signed-in account's notifications, newest first ({@code unread=true}: only unread), and marking one read. */
@Path("workspace/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceNotificationResource {

    public record InboxPage(List<InboxEntry> notifications, long total, long unread, int first, int size) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CurrentActor currentActor;

    @GET
    public InboxPage inbox(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(Math.max(0, first), size);
        Page<InboxEntry> page = unreadOnly ? notifications.unread(currentActor.get(), request)
                : notifications.inbox(currentActor.get(), request);
        return new InboxPage(page.items(), page.total(), notifications.unreadCount(currentActor.get()),
                request.first(), request.size());
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(currentActor.get(), id);
        return Response.noContent().build();
    }
}
