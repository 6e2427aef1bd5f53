package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ParkReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The yearly green low-carbon development reports on a park's public unit page (units/view.xhtml): read once per
 * request for the unit's credit code.
 */
@Named
@RequestScoped
public class UnitParkReportsBacking {

    @Inject
    ParkReportService reports;

    private List<ParkReportService.Published> published;

    public List<ParkReportService.Published> of(String creditCode) {
        if (published == null) {
            published = creditCode == null ? List.of() : reports.published(creditCode);
        }
        return published;
    }
}
