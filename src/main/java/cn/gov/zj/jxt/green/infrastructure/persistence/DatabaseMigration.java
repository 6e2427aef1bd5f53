package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date: the first step of the start-up sequence, before any other step touches the
 * database. WildFly holds web requests until the start-up sequence is done, and the deadline timers do nothing
 * until it has restored them, so no request or timer ever sees an old schema.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    public void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // WildFly's timer store (wildfly-config/timers.cli) creates its JBOSS_EJB_TIMER table in the
                // same database before the portal deploys: treat such a schema as at version 0, so that
                // every portal migration, V1 included, still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now) on " + result.database);
    }
}
