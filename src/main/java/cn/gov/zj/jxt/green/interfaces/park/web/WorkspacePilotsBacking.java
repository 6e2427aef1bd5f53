package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PilotCallForm;
import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * workspace/pilots/index.xhtml: the national low-carbon industrial park pilot calls (seed 002). The province opens
 * a call and goes on to its applications; a city clerk reads its parks' applications; a park sees the open calls to
 * apply to and its own applications.
 */
@Named
@RequestScoped
public class WorkspacePilotsBacking {

    private static final Map<String, String> FIELDS = Map.of("year", "call:year", "title", "call:title",
            "recommendationDue", "call:recommendationDue", "reminderDays", "call:reminderDays");

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    private List<CallView> calls;
    private List<ApplicationView> own = List.of();
    private boolean parksOnly;
    private Integer year;
    private String title;
    private LocalDate recommendationDue;
    private Integer reminderDays = 7;

    public void load() {
        calls = pilots.calls();
        if (year == null) {
            year = clock.today().getYear();
        }
        if (currentActor.get().is(Role.APPLICANT)) {
            try {
                own = pilots.own();
            } catch (BusinessRuleException e) {
                parksOnly = true; // an applicant that is not a park: the page says only a park applies
            }
        }
    }

    public String open() {
        try {
            CallView call = pilots.openCall(new PilotCallForm(year, title, recommendationDue, reminderDays));
            Faces.info("workspace.pilots.opened", call.title());
            Faces.keepMessages();
            return "/workspace/pilots/call.xhtml?faces-redirect=true&id=" + call.id();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            calls = pilots.calls();
            return null;
        }
    }

    public boolean isProvince() {
        return currentActor.get().is(Role.PROVINCE_CLERK, Role.ADMIN);
    }

    /** Who reads a call's applications: the province, the supervisor, the administrator; a city clerk its parks'. */
    public boolean isReader() {
        return currentActor.get().is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN, Role.CITY_CLERK);
    }

    /** A park that has not applied to {@code call} yet, while it is open. */
    public boolean mayApply(CallView call) {
        return currentActor.get().is(Role.APPLICANT) && !parksOnly && call.open()
                && own.stream().noneMatch(a -> a.callId() == call.id());
    }

    public List<CallView> getCalls() {
        return calls;
    }

    public List<ApplicationView> getOwn() {
        return own;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getRecommendationDue() {
        return recommendationDue;
    }

    public void setRecommendationDue(LocalDate recommendationDue) {
        this.recommendationDue = recommendationDue;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }
}
