package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * workspace/pilots/call.xhtml?id=: one pilot call's applications for the province (seed 002 §四(一)(二)): it
 * confirms or refuses each park's eligibility (a refusal says why), shortlists two or three eligible parks (never
 * more than three, whoever presses at the same moment) and issues the joint recommendation letter with them. A city
 * clerk reads the call with its own parks' applications only, and changes nothing.
 */
@Named
@ViewScoped
public class PilotCallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private CallView call;
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        if (call != null) {
            return;
        }
        if (id == null) {
            Faces.notFound();
            return;
        }
        call = pilots.call(id);
    }

    public String confirm(long applicationId) {
        return act(() -> pilots.checkEligibility(applicationId, true, notes.get(applicationId)),
                "workspace.pilots.call.confirmed");
    }

    public String refuse(long applicationId) {
        return act(() -> pilots.checkEligibility(applicationId, false, notes.get(applicationId)),
                "workspace.pilots.call.refused");
    }

    public String recommend(long applicationId) {
        return act(() -> pilots.recommend(applicationId), "workspace.pilots.call.recommended");
    }

    public String withdraw(long applicationId) {
        return act(() -> pilots.withdrawRecommendation(applicationId), "workspace.pilots.call.withdrawn");
    }

    public String issueLetter() {
        try {
            CallView issued = pilots.issueLetter(call.id());
            Faces.info("workspace.pilots.call.letterIssued", issued.letterNumber());
            Faces.keepMessages();
            return again();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    private String act(Supplier<ApplicationView> action, String done) {
        try {
            ApplicationView changed = action.get();
            Faces.info(done, changed.park());
            Faces.keepMessages();
            return again();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    private String again() {
        return "/workspace/pilots/call.xhtml?faces-redirect=true&id=" + call.id();
    }

    /** The joint letter goes to the ministries: the province, the supervisor and the administrator read it. */
    public boolean isLetterReader() {
        return currentActor.get().is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    public boolean isProvince() {
        return currentActor.get().is(Role.PROVINCE_CLERK, Role.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallView getCall() {
        return call;
    }

    /** A note per application, bound as notes[a.id()]: the reason of a refusal. */
    public Map<Long, String> getNotes() {
        return notes;
    }
}
