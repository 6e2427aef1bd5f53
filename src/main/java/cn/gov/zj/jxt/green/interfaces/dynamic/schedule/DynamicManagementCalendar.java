package cn.gov.zj.jxt.green.interfaces.dynamic.schedule;

import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes sure the coming year's dynamic management deadlines exist (reminders, the April 15 cut-off, the re-review
 * sweep). No timer of its own: the rows go to the deadline service, whose timers trigger them. Each year's cut-off
 * schedules the next; this covers a fresh database and a chain broken by hand. It runs after the deadline timers'
 * catch-up sweep, so a cut-off missed while stopped is done (and has scheduled its successor) first.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DeadlineTimers"})
public class DynamicManagementCalendar {

    @Inject
    DynamicManagementService dynamic;

    @PostConstruct
    void ensureComingYear() {
        dynamic.ensureUpcomingYear();
    }
}
