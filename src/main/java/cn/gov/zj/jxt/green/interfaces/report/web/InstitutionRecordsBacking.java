package cn.gov.zj.jxt.green.interfaces.report.web;

import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * reports/institutions.xhtml: the province's published records of third-party institutions (004 §(二十二) para.
 * 2) — institution, finding, date; nothing about who reported.
 */
@Named
@RequestScoped
public class InstitutionRecordsBacking {

    @Inject
    NamedReportService reports;

    private PagedModel<NamedReport> model;

    public PagedModel<NamedReport> getModel() {
        if (model == null) {
            model = new PagedModel<>(page -> reports.institutionRecords(page), r -> String.valueOf(r.getId()));
        }
        return model;
    }
}
