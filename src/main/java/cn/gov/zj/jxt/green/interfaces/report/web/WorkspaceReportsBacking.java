package cn.gov.zj.jxt.green.interfaces.report.web;

import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * workspace/reports/index.xhtml: the named reports a clerk may see — her city's, or every city's for the province
 * and the discipline office — newest first, by status, escalated ones only if asked. No reporter data is listed.
 */
@Named
@ViewScoped
public class WorkspaceReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NamedReportService reports;

    private ReportStatus status;
    private boolean escalatedOnly;
    private PagedModel<NamedReport> model;

    public PagedModel<NamedReport> getModel() {
        if (model == null) {
            model = new PagedModel<>(page -> reports.cases(status, escalatedOnly, page),
                    r -> String.valueOf(r.getId()));
        }
        return model;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public boolean isEscalatedOnly() {
        return escalatedOnly;
    }

    public void setEscalatedOnly(boolean escalatedOnly) {
        this.escalatedOnly = escalatedOnly;
    }
}
