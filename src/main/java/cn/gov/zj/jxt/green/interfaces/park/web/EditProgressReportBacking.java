package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ProgressReportForm;
import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import cn.gov.zj.jxt.green.application.park.ProgressReportService.ProgressView;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/progress-reports/edit.xhtml: a park's management body files the yearly progress report on its approved
 * circular transformation plan (seed 001 §三(三)): the year's figures on the plan's nine indicators and a narrative,
 * by December 31; a later report is accepted and flagged late. The page lists every year with its state; the form
 * is for the year asked for ({@code year}), or the newest year still to be filed.
 */
@Named
@ViewScoped
public class EditProgressReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] FIGURES = {"energySaved", "waterSaved", "co2Reduced", "solidWasteReduced",
        "wastewaterReduced", "airPollutantsReduced", "energyPerGdp", "waterPerGdp", "solidWasteUtilisation"};

    @Inject
    ProgressReportService progress;

    private boolean loaded;
    private boolean parksOnly;
    private Integer year;
    private List<ProgressView> reports = List.of();
    private ProgressView open;
    private String narrative;
    private final Map<String, BigDecimal> figures = new HashMap<>();

    public void load() {
        if (loaded) {
            return; // a postback of this view: keep what was typed
        }
        loaded = true;
        try {
            reports = progress.own();
        } catch (BusinessRuleException e) {
            parksOnly = true; // an applicant that is not a park: the page says why
            return;
        }
        open = reports.stream().filter(ProgressView::fileable).filter(r -> year == null || r.year() == year)
                .findFirst().orElse(null);
    }

    public String file() {
        ProgressReportForm form = new ProgressReportForm(open.year(), figures.get("energySaved"),
                figures.get("waterSaved"), figures.get("co2Reduced"), figures.get("solidWasteReduced"),
                figures.get("wastewaterReduced"), figures.get("airPollutantsReduced"), figures.get("energyPerGdp"),
                figures.get("waterPerGdp"), figures.get("solidWasteUtilisation"), narrative);
        try {
            ProgressView filed = progress.file(form);
            Faces.info(filed.late() ? "workspace.progress.filedLate" : "workspace.progress.filed", filed.parkName(),
                    String.valueOf(filed.year()));
            Faces.keepMessages();
            return "/workspace/progress-reports/edit.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Map<String, String> fields = new HashMap<>();
            for (String figure : FIGURES) {
                fields.put(figure, "report:" + figure);
            }
            fields.put("narrative", "report:narrative");
            fields.put("year", "report:narrative");
            Faces.show(e, fields);
            return null;
        }
    }

    public boolean isParksOnly() {
        return parksOnly;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<ProgressView> getReports() {
        return reports;
    }

    /** The report the form files, {@code null} when none is to be filed. */
    public ProgressView getOpen() {
        return open;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    /** The nine indicators by name, bound as figures['energySaved']. */
    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    public List<String> getFigureNames() {
        return List.of(FIGURES);
    }
}
