package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import cn.gov.zj.jxt.green.application.park.ProgressReportService.YearView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * workspace/progress-reports/index.xhtml: a year's progress reports on the circular transformation plans of the
 * clerk's parks (the whole province for the province): the sum for the region and per city, then every park's.
 */
@Named
@RequestScoped
public class ProgressReportsBacking {

    @Inject
    ProgressReportService progress;

    private Integer year;
    private YearView view;

    public void load() {
        view = progress.year(year);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public YearView getView() {
        return view;
    }
}
