package cn.gov.zj.jxt.green.infrastructure.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * Loads the demo data into an empty database when the demo flag is on: {@code PORTAL_DEMO_DATA=true}, or
 * the default {@code auto}, which means "on the embedded H2 database only" so that a production database
 * never receives demo accounts by accident.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    DemoDataLoader loader;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PostConstruct
    void loadWhenWanted() {
        if (wanted()) {
            loader.loadIntoEmptyDatabase();
        }
    }

    private boolean wanted() {
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
