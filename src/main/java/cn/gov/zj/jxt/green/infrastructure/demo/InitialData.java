package cn.gov.zj.jxt.green.infrastructure.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * What an empty database starts with. With the demo flag on ({@code PORTAL_DEMO_DATA=true}, or the default
 * {@code auto}, meaning "on the embedded H2 database only", so that a production database never receives
 * demo accounts by accident): the demo data. Otherwise, when {@code PORTAL_INITIAL_ADMIN_PASSWORD} is set:
 * one administrator, {@code admin}, with that password, who then opens every other account. A step of the start-up
 * sequence, after the deadline timers are restored: the demo opens batches whose deadlines set timers.
 */
@Singleton
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    DemoDataLoader loader;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    public void loadWhenWanted() {
        if (demoWanted()) {
            loader.loadIntoEmptyDatabase();
        } else {
            // A portal without demo data is a real one: its links must not point to localhost.
            settings.requirePublicUrl();
            settings.initialAdminPassword().ifPresent(loader::createInitialAdministrator);
        }
    }

    private boolean demoWanted() {
        String flag = settings.demoData();
        if (!"auto".equals(flag)) {
            return Boolean.parseBoolean(flag);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean embedded = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
            LOG.info(() -> "Demo data: auto, " + (embedded ? "on (embedded H2)" : "off (not the embedded database)"));
            return embedded;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product", e);
        }
    }
}
