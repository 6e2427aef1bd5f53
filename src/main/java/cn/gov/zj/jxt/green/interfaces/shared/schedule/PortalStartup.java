package cn.gov.zj.jxt.green.interfaces.shared.schedule;

import cn.gov.zj.jxt.green.infrastructure.demo.InitialData;
import cn.gov.zj.jxt.green.infrastructure.persistence.DatabaseMigration;
import cn.gov.zj.jxt.green.infrastructure.persistence.StartupLock;
import cn.gov.zj.jxt.green.infrastructure.schedule.DeadlineTimers;
import cn.gov.zj.jxt.green.infrastructure.security.PublicFormLimiter;
import cn.gov.zj.jxt.green.interfaces.dynamic.schedule.DynamicManagementCalendar;
import cn.gov.zj.jxt.green.interfaces.park.schedule.ProgressReportCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.SQLException;

/**
 * Everything the portal does when it starts, in order. WildFly holds web requests until this has run, so no request
 * sees an old schema or misses data the start-up creates. Nodes of a cluster starting together run it one after the
 * other ({@link StartupLock}): whatever the first did, the second finds done.
 */
@Singleton
@Startup
// No transaction around the whole: each step runs in its own, as its bean declares.
@TransactionManagement(TransactionManagementType.BEAN)
public class PortalStartup {

    @Inject
    StartupLock lock;

    @Inject
    DatabaseMigration migration;

    @Inject
    DeadlineTimers timers;

    @Inject
    PublicFormLimiter rateLimit;

    @Inject
    InitialData initialData;

    @Inject
    DynamicManagementCalendar dynamicCalendar;

    @Inject
    ProgressReportCalendar progressCalendar;

    @PostConstruct
    void start() {
        try (StartupLock.Held held = lock.acquire()) {
            // The schema first: every later step, and every timer, reads the database.
            migration.migrate();
            // The public forms' buckets of addresses quiet for an hour say nothing any more.
            rateLimit.forgetQuiet();
            // What fell due while the portal was stopped is done, and every pending deadline's timer is set again.
            timers.restore();
            // The demo data or the first administrator, when the database is empty; the demo opens batches whose
            // deadlines set timers.
            initialData.loadWhenWanted();
            // After the catch-up sweep, so that a cut-off missed while stopped has already scheduled its successor.
            dynamicCalendar.ensureComingYear();
            // Likewise the current year's progress reports of the approved circular transformation plans.
            progressCalendar.ensureCurrentYear();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the start-up lock", e);
        }
    }
}
