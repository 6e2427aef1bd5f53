package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;

/**
 * workspace/pilots/application.xhtml?id=: one pilot application with its material, files and history; the
 * province records the later stages (approved as a pilot or not, periodic check, acceptance, re-review), and the
 * park or the province files the approved implementation plan as a PDF.
 */
@Named
@ViewScoped
public class PilotApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("note", "stage:note", "file", "plan:file");

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private ApplicationView application;
    private PilotApplication.Stage stage;
    private String note;
    private transient Part file;

    public void load() {
        if (application != null) {
            return; // a postback of this view
        }
        if (id == null) {
            Faces.notFound();
            return;
        }
        application = pilots.application(id);
    }

    public String record() {
        if (stage == null) {
            Faces.error("stage:kind", "workspace.pilots.application.stageRequired");
            return null;
        }
        try {
            ApplicationView changed = pilots.recordStage(id, stage, note);
            Faces.info("workspace.pilots.application.recorded", changed.park());
            Faces.keepMessages();
            return again();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public String filePlan() {
        boolean noFile = file == null || file.getSize() == 0;
        try (InputStream in = noFile ? null : file.getInputStream()) {
            ApplicationView changed = pilots.filePlan(id, noFile ? null : file.getSubmittedFileName(), in);
            Faces.info("workspace.pilots.application.planFiled", changed.park());
            Faces.keepMessages();
            return again();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        } catch (IOException e) {
            Faces.error("plan:file", "workspace.pilots.uploadFailed");
            return null;
        }
    }

    private String again() {
        return "/workspace/pilots/application.xhtml?faces-redirect=true&id=" + id;
    }

    /** The stage form: the province, once the park is shortlisted. */
    public boolean isStageable() {
        return application != null && currentActor.get().is(Role.PROVINCE_CLERK, Role.ADMIN)
                && switch (application.status()) {
                    case RECOMMENDED, PLAN_FILED, ACCEPTED -> true;
                    default -> false;
                };
    }

    /** The plan form: an approved pilot (or one whose plan is filed), for its park and the province. */
    public boolean isPlanFileable() {
        return application != null && (application.status() == PilotStatus.PILOT
                || application.status() == PilotStatus.PLAN_FILED)
                && currentActor.get().is(Role.APPLICANT, Role.PROVINCE_CLERK, Role.ADMIN);
    }

    public PilotApplication.Stage[] getStages() {
        return PilotApplication.Stage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public PilotApplication.Stage getStage() {
        return stage;
    }

    public void setStage(PilotApplication.Stage stage) {
        this.stage = stage;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
