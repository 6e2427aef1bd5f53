package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PilotApplicationForm;
import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/pilots/apply.xhtml?call=: a park's management body applies to a pilot call (seed 002 §四(一), 附件):
 * the kind of zone, a checkbox per condition, the annex's six sections, three years of figures and the materials
 * as one PDF. Request-scoped: the form posts everything each time, the file with it.
 */
@Named
@RequestScoped
public class ApplyPilotBacking {

    private static final String[] TEXTS = {"basics", "technology", "resourceUse", "wasteUse", "management", "goals"};
    private static final String[] FIGURES = {"addedValue", "energyUse", "waterUse", "co2Emitted", "solidWaste",
        "solidWasteUsed"};

    /** One year's figures as typed. */
    public static final class YearRow {

        private Integer year;
        private final Map<String, BigDecimal> figures = new HashMap<>();

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Map<String, BigDecimal> getFigures() {
            return figures;
        }

        PilotApplicationForm.Year form() {
            return new PilotApplicationForm.Year(year, figures.get("addedValue"), figures.get("energyUse"),
                    figures.get("waterUse"), figures.get("co2Emitted"), figures.get("solidWaste"),
                    figures.get("solidWasteUsed"));
        }
    }

    @Inject
    PilotService pilots;

    @Inject
    PortalClock clock;

    private Long callId;
    private CallView call;
    private ZoneKind zoneKind;
    private boolean catalogued;
    private boolean workingBase;
    private boolean clearGoals;
    private final Map<String, String> texts = new HashMap<>();
    private final List<YearRow> years = new ArrayList<>();
    private transient Part file;

    @PostConstruct
    void rows() {
        int last = clock.today().getYear() - 1;
        for (int i = 0; i < 3; i++) {
            YearRow row = new YearRow();
            row.year = last - 2 + i;
            years.add(row);
        }
    }

    public void load() {
        if (getCall() == null) {
            Faces.notFound();
        }
    }

    public String apply() {
        PilotApplicationForm form = new PilotApplicationForm(callId, zoneKind, catalogued, workingBase, clearGoals,
                texts.get("basics"), texts.get("technology"), texts.get("resourceUse"), texts.get("wasteUse"),
                texts.get("management"), texts.get("goals"), years.stream().map(YearRow::form).toList());
        boolean noFile = file == null || file.getSize() == 0;
        try (InputStream in = noFile ? null : file.getInputStream()) {
            ApplicationView applied = pilots.apply(form, noFile ? null : file.getSubmittedFileName(), in);
            Faces.info("workspace.pilots.applied", applied.park(), applied.callTitle());
            Faces.keepMessages();
            return "/workspace/pilots/application.xhtml?faces-redirect=true&id=" + applied.id();
        } catch (PortalException e) {
            Faces.show(e, fields());
            return null;
        } catch (IOException e) {
            Faces.error("pilot:file", "workspace.pilots.uploadFailed");
            return null;
        }
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (String text : TEXTS) {
            fields.put(text, "pilot:" + text);
        }
        for (String condition : new String[] {"zoneKind", "catalogued", "workingBase", "clearGoals", "file"}) {
            fields.put(condition, "pilot:" + condition);
        }
        fields.put("years", "pilot:yearsHeading");
        for (int i = 0; i < 3; i++) {
            fields.put("years[" + i + "].year", "pilot:years:" + i + ":year");
            for (String figure : FIGURES) {
                fields.put("years[" + i + "]." + figure, "pilot:years:" + i + ":" + figure);
            }
        }
        return fields;
    }

    public ZoneKind[] getZoneKinds() {
        return ZoneKind.values();
    }

    public List<String> getFigureNames() {
        return List.of(FIGURES);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    /**
     * The call applied to. A postback runs no view action and decides whether the form is rendered before the view
     * parameter is set: the call is found then from the form's own hidden field.
     */
    public CallView getCall() {
        if (call == null) {
            String posted = Faces.posted("call");
            Long id = callId != null ? callId : posted != null && posted.matches("[0-9]{1,18}") ? Long.valueOf(posted)
                    : null;
            if (id != null) {
                callId = id;
                call = pilots.calls().stream().filter(c -> c.id() == id).findFirst().orElse(null);
            }
        }
        return call;
    }

    public ZoneKind getZoneKind() {
        return zoneKind;
    }

    public void setZoneKind(ZoneKind zoneKind) {
        this.zoneKind = zoneKind;
    }

    public boolean isCatalogued() {
        return catalogued;
    }

    public void setCatalogued(boolean catalogued) {
        this.catalogued = catalogued;
    }

    public boolean isWorkingBase() {
        return workingBase;
    }

    public void setWorkingBase(boolean workingBase) {
        this.workingBase = workingBase;
    }

    public boolean isClearGoals() {
        return clearGoals;
    }

    public void setClearGoals(boolean clearGoals) {
        this.clearGoals = clearGoals;
    }

    /** The six sections by name, bound as texts['basics']. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public List<YearRow> getYears() {
        return years;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
