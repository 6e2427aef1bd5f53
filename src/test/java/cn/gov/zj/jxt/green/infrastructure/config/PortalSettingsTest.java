package cn.gov.zj.jxt.green.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


class PortalSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("portal.password.iterations");
        System.clearProperty("portal.file.dir");
        System.clearProperty("jboss.server.data.dir");
    }

    @Test
    void neverGoesBelowTheFloor() {
        System.setProperty("portal.password.iterations", "1000");
        assertEquals(210_000, new PortalSettings().passwordIterations());
    }

    @Test
    void takesAHigherSetting() {
        System.setProperty("portal.password.iterations", "600000");
        assertEquals(600_000, new PortalSettings().passwordIterations());
    }

    @Test
    void ignoresGarbage() {
        System.setProperty("portal.password.iterations", "many");
        assertEquals(210_000, new PortalSettings().passwordIterations());
    }

    @Test
    void keepsFilesWhereTheSettingSays() {
        System.setProperty("portal.file.dir", "portal-files");
        System.setProperty("jboss.server.data.dir", "server-data");
        assertEquals(Path.of("portal-files"), new PortalSettings().fileDirectory());
    }

    @Test
    void keepsFilesUnderTheServersDataDirectoryByDefault() {
        System.setProperty("jboss.server.data.dir", "server-data");
        assertEquals(Path.of("server-data", "portal", "files"), new PortalSettings().fileDirectory());
    }
}
