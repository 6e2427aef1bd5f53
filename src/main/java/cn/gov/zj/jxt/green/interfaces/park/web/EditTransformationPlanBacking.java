package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.TransformationPlanForm;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanView;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.park.ExpectedOutcomes;
import cn.gov.zj.jxt.green.domain.model.park.PlanProject;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/transformation-plans/edit.xhtml: a park's management body writes its circular transformation plan
 * (seed 001 §三(三)), saves it and submits it to the province; a returned plan shows the province's comments and is
 * revised and submitted again; a submitted or approved plan is shown, not edited. Blank project rows are left out.
 */
@Named
@ViewScoped
public class EditTransformationPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Blank project rows offered below the plan's own. */
    static final int BLANK_ROWS = 2;

    private static final String[] FIGURES = {"energySaved", "waterSaved", "co2Reduced", "solidWasteReduced",
        "wastewaterReduced", "airPollutantsReduced", "energyPerGdp", "waterPerGdp", "solidWasteUtilisation"};
    private static final String[] PROJECT_FIELDS = {"name", "content", "investment", "startYear", "endYear"};

    /** One project row as typed. */
    public static final class ProjectRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String content;
        private BigDecimal investment;
        private Integer startYear;
        private Integer endYear;

        boolean isBlank() {
            return (name == null || name.isBlank()) && (content == null || content.isBlank()) && investment == null
                    && startYear == null && endYear == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public BigDecimal getInvestment() {
            return investment;
        }

        public void setInvestment(BigDecimal investment) {
            this.investment = investment;
        }

        public Integer getStartYear() {
            return startYear;
        }

        public void setStartYear(Integer startYear) {
            this.startYear = startYear;
        }

        public Integer getEndYear() {
            return endYear;
        }

        public void setEndYear(Integer endYear) {
            this.endYear = endYear;
        }
    }

    @Inject
    TransformationPlanService plans;

    private PlanView plan;
    private boolean parksOnly;
    private boolean loaded;
    private String basics;
    private String mainTasks;
    private String measures;
    private final Map<String, BigDecimal> figures = new HashMap<>();
    private List<ProjectRow> projects;

    public void load() {
        if (loaded) {
            return; // a postback of this view: keep what was typed
        }
        loaded = true;
        try {
            plan = plans.own().orElse(null);
        } catch (BusinessRuleException e) {
            parksOnly = true; // an applicant that is not a park: the page says why, nothing to file
            return;
        }
        projects = new ArrayList<>();
        if (plan != null) {
            basics = plan.basics();
            mainTasks = plan.mainTasks();
            measures = plan.measures();
            ExpectedOutcomes o = plan.outcomes();
            o.asMap().forEach(figures::put);
            for (PlanProject p : plan.projects()) {
                ProjectRow row = new ProjectRow();
                row.name = p.getName();
                row.content = p.getContent();
                row.investment = p.getInvestment();
                row.startYear = p.getStartYear();
                row.endYear = p.getEndYear();
                projects.add(row);
            }
        }
        addRows();
    }

    public String save() {
        return write(false);
    }

    public String submit() {
        return write(true);
    }

    /** More blank project rows, keeping what was typed. */
    public void moreRows() {
        addRows();
    }

    private String write(boolean andSubmit) {
        List<ProjectRow> given = projects.stream().filter(r -> !r.isBlank()).toList();
        TransformationPlanForm form = new TransformationPlanForm(basics, mainTasks, given.stream()
                .map(r -> new TransformationPlanForm.Project(r.name, r.content, r.investment, r.startYear,
                        r.endYear)).toList(),
                figures.get("energySaved"), figures.get("waterSaved"), figures.get("co2Reduced"),
                figures.get("solidWasteReduced"), figures.get("wastewaterReduced"),
                figures.get("airPollutantsReduced"), figures.get("energyPerGdp"), figures.get("waterPerGdp"),
                figures.get("solidWasteUtilisation"), measures, plan == null ? null : plan.version());
        try {
            PlanView saved = andSubmit ? plans.submit(form) : plans.save(form);
            Faces.info(andSubmit ? "workspace.plan.submitted" : "workspace.plan.saved", saved.parkName());
            Faces.keepMessages();
            return "/workspace/transformation-plans/edit.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, fields(given));
            return null;
        }
    }

    /** Field → client id: the plan's inputs, and each project's by its row among those shown. */
    private Map<String, String> fields(List<ProjectRow> given) {
        Map<String, String> fields = new HashMap<>();
        for (String name : new String[] {"basics", "mainTasks", "measures"}) {
            fields.put(name, "plan:" + name);
        }
        for (String figure : FIGURES) {
            fields.put(figure, "plan:" + figure);
        }
        fields.put("projects", "plan:projectsHeading");
        for (int i = 0; i < given.size(); i++) {
            int row = projects.indexOf(given.get(i));
            for (String field : PROJECT_FIELDS) {
                fields.put("projects[" + i + "]." + field, "plan:projects:" + row + ":" + field);
            }
        }
        return fields;
    }

    private void addRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            projects.add(new ProjectRow());
        }
    }

    public PlanView getPlan() {
        return plan;
    }

    public boolean isParksOnly() {
        return parksOnly;
    }

    /** Whether the form is open: no plan yet, a draft or a returned plan. */
    public boolean isEditable() {
        return !parksOnly && (plan == null || plan.editable());
    }

    public String getBasics() {
        return basics;
    }

    public void setBasics(String basics) {
        this.basics = basics;
    }

    public String getMainTasks() {
        return mainTasks;
    }

    public void setMainTasks(String mainTasks) {
        this.mainTasks = mainTasks;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    /** The nine indicators by name, bound as figures['energySaved']. */
    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    public List<String> getFigureNames() {
        return List.of(FIGURES);
    }

    public List<ProjectRow> getProjects() {
        return projects;
    }
}
