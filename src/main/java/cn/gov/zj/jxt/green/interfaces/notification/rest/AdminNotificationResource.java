package cn.gov.zj.jxt.green.interfaces.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.notification.BroadcastForm;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;

/**
 * An administrator's announcement to the accounts of a role (in one region, or everywhere) or of one
 * organisation: e.g. telling every city clerk that the summary table's template changed.
 */
@Path("admin/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminNotificationResource {

    @Inject
    NotificationService notifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response broadcast(BroadcastForm form) {
        if (form == null) {
            throw new InvalidInputException(java.util.List.of(
                    new InvalidInputException.Violation("subject", "notification.subject.required")));
        }
        return Response.status(Response.Status.CREATED).entity(notifications.broadcast(form)).build();
    }
}
