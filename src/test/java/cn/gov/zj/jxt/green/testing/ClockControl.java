package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * Moves the portal's clock from outside, for tests that drive the deployed portal over HTTP. It exists only in the
 * test deployment; the shipped portal has no such endpoint.
 */
@Path("test-support/clock")
@RequestScoped
public class ClockControl {

    @Inject
    MovableClock clock;

    public record Move(String instant) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String moveTo(Move move) {
        clock.moveTo(Instant.parse(move.instant()));
        return clock.now().toString();
    }

    @DELETE
    public String reset() {
        clock.reset();
        return clock.now().toString();
    }

    @GET
    public String now() {
        return clock.now().toString();
    }
}
