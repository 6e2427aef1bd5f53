package cn.gov.zj.jxt.green.interfaces.report.web;

import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * reports/receipt.xhtml: a reporter follows the case by its receipt code, with no account. The page shows the
 * status and the conclusion, nothing else: not the handler, the verification or the finding.
 */
@Named
@RequestScoped
public class ReportReceiptBacking {

    @Inject
    NamedReportService reports;

    private String code;
    private NamedReport report;

    public void find() {
        report = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            report = reports.track(code);
        } catch (RecordNotFoundException e) {
            Faces.error("receipt:code", "reports.receipt.notFound");
            Faces.notFound();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public NamedReport getReport() {
        return report;
    }
}
