package cn.gov.zj.jxt.green.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares, from outside, a batch whose proposed list is ready for publicity, through the services as
 * {@link ReviewFixture} does: the review has its own API tests, and driving it over HTTP here would only slow
 * the restart test down. Exists only in the test deployment.
 */
@Path("test-support/proposed-batch")
@RequestScoped
public class PublicitySupport {

    @Inject
    ReviewFixture fixture;

    /** The new batch's id; its proposed list holds {@code count} 湖州 factories (one if not given). */
    @POST
    public String create(@QueryParam("count") Integer count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= (count == null ? 1 : count); i++) {
            names.add(ReviewFixture.unique("湖州绿色示范" + i + "厂"));
        }
        return String.valueOf(fixture.proposedBatch(ReviewFixture.unique("省级绿色低碳工厂拟入选名单测试批次"), names)
                .getId());
    }
}
