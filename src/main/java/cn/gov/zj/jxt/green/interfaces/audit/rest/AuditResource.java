package cn.gov.zj.jxt.green.interfaces.audit.rest;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** The audit log and its verification, for administrators and supervisors. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record EntryView(long index, Instant occurredAt, String actor, String role, String region,
            String action, String entityType, String entityId, String before, String after, String clientAddress,
            String previousHash, String hash) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.getChainIndex(), e.getOccurredAt(), e.getActor(), e.getRole(), e.getRegionCode(),
                    e.getAction(), e.getEntityType(), e.getEntityId(), e.getBeforeState(), e.getAfterState(),
                    e.getClientAddress(), e.getPreviousHash(), e.getHash());
        }
    }

    public record EntryPage(List<EntryView> entries, long total, int first, int size) {
    }

    @Inject
    AuditService audit;

    @GET
    public EntryPage search(@QueryParam("action") String action, @QueryParam("entityType") String entityType,
            @QueryParam("actor") String actor, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = new PageRequest(first, size);
        Page<AuditEntry> page = audit.search(action, entityType, actor, request);
        return new EntryPage(page.items().stream().map(EntryView::of).toList(), page.total(), request.first(),
                request.size());
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return audit.verify();
    }
}
