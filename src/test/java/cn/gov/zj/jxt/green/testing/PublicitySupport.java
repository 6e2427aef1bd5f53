package cn.gov.zj.jxt.green.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Prepares, from outside, a batch whose proposed list is ready for publicity, through the services as
 * {@link PublicityFixture} does: the review has its own API tests, and driving it over HTTP here would only slow
 * the restart test down. Exists only in the test deployments that add it.
 */
@Path("test-support/proposed-batch")
@RequestScoped
public class PublicitySupport {

    @Inject
    PublicityFixture fixture;

    /** The new batch's id. */
    @POST
    public String create(@QueryParam("name") String name) {
        return String.valueOf(fixture.proposedBatch(PublicityFixture.unique("重启测试批次"),
                List.of(PublicityFixture.unique(name == null ? "湖州重启一厂" : name))).getId());
    }
}
