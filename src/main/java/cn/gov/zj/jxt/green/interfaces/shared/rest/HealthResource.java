package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.shared.PortalClock;

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
@Path("health")
@RequestScoped
public class HealthResource {

    /** Seconds the database may take to confirm a connection. */
    private static final int DATABASE_TIMEOUT = 2;

    public record Health(String status, String database, String time) {
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    PortalClock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(DATABASE_TIMEOUT);
        } catch (SQLException e) {
            up = false;
        }
        Health health = new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN", clock.nowZoned().toOffsetDateTime().toString());
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(health).build();
    }
}
