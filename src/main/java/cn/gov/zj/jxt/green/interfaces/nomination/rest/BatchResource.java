package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The public face of the batches: their quotas are in the published call (seed 003 附件1), and how much of each
 * city's quota is used is open too.
 */
@Path("batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchService batches;

    public record YearQuotas(int year, List<BatchQuotas> batches) {
    }

    public record BatchQuotas(long id, String title, String level, int totalQuota, long totalNominated,
            List<NominationViews.QuotaView> cities) {
    }

    @GET
    @Path("{year}/quotas")
    public YearQuotas quotas(@PathParam("year") int year) {
        List<Batch> ofYear = batches.ofYear(year);
        if (ofYear.isEmpty()) {
            throw new RecordNotFoundException("Batch", year);
        }
        return new YearQuotas(year, ofYear.stream().map(b -> {
            List<NominationViews.QuotaView> cities = batches.quotaUse(b.getId()).stream()
                    .map(NominationViews.QuotaView::of).toList();
            return new BatchQuotas(b.getId(), b.getTitle(), b.getLevel().name(), b.totalQuota(),
                    cities.stream().mapToLong(NominationViews.QuotaView::nominated).sum(), cities);
        }).toList());
    }
}
