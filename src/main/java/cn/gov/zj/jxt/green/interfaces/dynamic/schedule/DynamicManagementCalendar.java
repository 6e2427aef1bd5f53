package cn.gov.zj.jxt.green.interfaces.dynamic.schedule;

import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes sure the coming year's dynamic management deadlines exist (reminders, the April 15 cut-off, the re-review
 * sweep). No timer of its own: the rows go to the deadline service, whose timers trigger them. Each year's cut-off
 * schedules the next; this covers a fresh database and a chain broken by hand. A step of the start-up sequence, after
 * the deadline timers' catch-up sweep, so a cut-off missed while stopped is done (and has scheduled its successor)
 * first.
 */
@ApplicationScoped
public class DynamicManagementCalendar {

    @Inject
    DynamicManagementService dynamic;

    public void ensureComingYear() {
        dynamic.ensureUpcomingYear();
    }
}
