package cn.gov.zj.jxt.green.interfaces.report.rest;

import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.domain.model.report.ReporterIdentity;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The clerks' side of named reports. Cases never carry the reporter; {@code GET {id}/identity} is the one way to
 * it, for the handler and provincial clerks, and every call is audited.
 */
@Path("workspace/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceReportResource {

    public record EvidenceView(int position, String fileName, String mediaType, long size) {
    }

    public record ReportView(long id, String reference, String subject, String subjectName, String creditCode,
            String city, String status, Instant submittedAt, Instant handlingDueAt, String handler,
            String verification, String conclusion, String finding, String removalGround, LocalDate followUpDue,
            String followUpNote, String escalation, Instant publishedAt, String facts, List<EvidenceView> evidence) {

        static ReportView of(NamedReport r) {
            List<EvidenceView> files = new ArrayList<>();
            for (int i = 0; i < r.getEvidence().size(); i++) {
                var e = r.getEvidence().get(i);
                files.add(new EvidenceView(i + 1, e.getFileName(), e.getMediaType(), e.getSize()));
            }
            return new ReportView(r.getId(), r.reference(), r.getSubject().name(), r.getSubjectName(),
                    r.getSubjectCreditCode(), r.getCity().getCode(), r.getStatus().name(), r.getSubmittedAt(),
                    r.getHandlingDueAt(), r.getHandler(), r.getVerification(), name(r.getConclusion()),
                    r.getFinding(), name(r.getRemovalGround()), r.getFollowUpDue(), r.getFollowUpNote(),
                    name(r.getEscalation()), r.getPublishedAt(), r.getFacts(), files);
        }

        private static String name(Enum<?> e) {
            return e == null ? null : e.name();
        }
    }

    public record ReportPage(List<ReportView> items, long total) {
    }

    public record IdentityView(String name, String idNumber, String phone, String email) {
    }

    public record AssignRequest(String handler) {
    }

    public record TextRequest(String text) {
    }

    @Inject
    NamedReportService reports;

    @GET
    public ReportPage cases(@QueryParam("status") ReportStatus status, @QueryParam("escalated") boolean escalated,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        Page<NamedReport> page = reports.cases(status, escalated, new PageRequest(Math.max(0, first), size));
        return new ReportPage(page.items().stream().map(ReportView::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") long id) {
        return ReportView.of(reports.get(id));
    }

    @GET
    @Path("{id}/identity")
    public IdentityView identity(@PathParam("id") long id) {
        ReporterIdentity identity = reports.identity(id);
        return new IdentityView(identity.name(), identity.idNumber(), identity.phone(), identity.email());
    }

    @POST
    @Path("{id}/take")
    public ReportView take(@PathParam("id") long id) {
        return ReportView.of(reports.take(id));
    }

    @POST
    @Path("{id}/assignment")
    public ReportView assign(@PathParam("id") long id, AssignRequest request) {
        return ReportView.of(reports.assign(id, request == null ? null : request.handler()));
    }

    @POST
    @Path("{id}/verification")
    public ReportView verify(@PathParam("id") long id, TextRequest request) {
        return ReportView.of(reports.verify(id, request == null ? null : request.text()));
    }

    @POST
    @Path("{id}/conclusion")
    public ReportView conclude(@PathParam("id") long id, @NotNull(message = "{request.bodyRequired}") ConclusionForm form) {
        return ReportView.of(reports.conclude(id, form));
    }

    @POST
    @Path("{id}/follow-up")
    public ReportView followUp(@PathParam("id") long id, TextRequest request) {
        return ReportView.of(reports.recordFollowUp(id, request == null ? null : request.text()));
    }

    @POST
    @Path("{id}/publication")
    public ReportView publish(@PathParam("id") long id) {
        return ReportView.of(reports.publish(id));
    }

    @GET
    @Path("{id}/evidence/{position}")
    @Produces({MediaType.WILDCARD})
    public Response evidence(@PathParam("id") long id, @PathParam("position") int position) {
        return Downloads.attachment(reports.evidence(id, position));
    }
}
