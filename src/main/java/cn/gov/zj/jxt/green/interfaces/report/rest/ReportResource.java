package cn.gov.zj.jxt.green.interfaces.report.rest;

import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The public side of named reports as open data: a case's status and conclusion by receipt code (rate-limited, as
 * the page), and the province's published records of third-party institutions. Nothing names a reporter.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    /** The status and conclusion as codes for machines, and as the reporter reads them (labels, in Chinese). */
    public record ReceiptView(String subject, String status, String statusLabel, String conclusion,
            String conclusionLabel, Instant submittedAt, Instant concludedAt) {
    }

    public record RecordView(String institution, String creditCode, String city, String finding,
            Instant publishedAt) {
    }

    public record RecordPage(List<RecordView> items, long total) {
    }

    @Inject
    NamedReportService reports;

    @GET
    @Path("receipts/{code}")
    public ReceiptView receipt(@PathParam("code") String code) {
        NamedReport r = reports.track(code);
        return new ReceiptView(r.getSubjectName(), r.getStatus().name(),
                Messages.text(Messages.DEFAULT_LOCALE, "enum.ReportStatus." + r.getStatus()),
                r.getConclusion() == null ? null : r.getConclusion().name(),
                r.getConclusion() == null ? null
                        : Messages.text(Messages.DEFAULT_LOCALE, "enum.ReportConclusion." + r.getConclusion()),
                r.getSubmittedAt(), r.getConcludedAt());
    }

    @GET
    @Path("institutions")
    public RecordPage institutions(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        Page<NamedReport> page = reports.institutionRecords(new PageRequest(Math.max(0, first), size));
        return new RecordPage(page.items().stream().map(r -> new RecordView(r.getSubjectName(),
                r.getSubjectCreditCode(), r.getCity().getName(), r.getFinding(), r.getPublishedAt())).toList(),
                page.total());
    }
}
