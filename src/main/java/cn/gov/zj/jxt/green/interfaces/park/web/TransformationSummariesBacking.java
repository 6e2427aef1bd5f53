package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.TransformationSummaryService;
import cn.gov.zj.jxt.green.application.park.TransformationSummaryService.SummaryView;
import cn.gov.zj.jxt.green.application.park.TransformationSummaryService.YearView;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * workspace/transformation-summaries/index.xhtml: a provincial clerk issues the province's reports to NDRC and MIIT
 * on circular transformation (发改办环资〔2021〕1004号 §三(五)) — the yearly overall progress of a year that has ended,
 * and the final 14th Five-Year report — each built from the parks' filed progress reports; the years with their
 * counts and the reports issued so far are listed with their documents.
 */
@Named
@RequestScoped
public class TransformationSummariesBacking {

    private static final Map<String, String> FIELDS = Map.of("year", "yearly:year");

    @Inject
    TransformationSummaryService summaries;

    @Inject
    PortalClock clock;

    private Integer year;
    private List<YearView> years;
    private List<SummaryView> issued;

    public void load() {
        if (year == null) {
            year = clock.today().getYear() - 1;
        }
        refresh();
    }

    public void issueYearly() {
        issue(SummaryKind.YEARLY, year);
    }

    public void issueFinal() {
        issue(SummaryKind.FINAL, null);
    }

    private void issue(SummaryKind kind, Integer ofYear) {
        try {
            SummaryView made = summaries.issue(kind, ofYear);
            Faces.info("workspace.summaries.issued", made.title(), made.number());
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        }
        refresh();
    }

    private void refresh() {
        years = summaries.years();
        issued = summaries.issued();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<YearView> getYears() {
        return years;
    }

    public List<SummaryView> getIssued() {
        return issued;
    }
}
