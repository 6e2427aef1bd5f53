package cn.gov.zj.jxt.green.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


class PortalSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("portal.password.iterations");
        System.clearProperty("portal.file.dir");
        System.clearProperty("jboss.server.data.dir");
        System.clearProperty("portal.public-url");
        System.clearProperty("jboss.socket.binding.port-offset");
        System.clearProperty("portal.hsts.max-age");
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

    @Test
    void linksGoToThePublicAddressWithoutATrailingSlash() {
        System.setProperty("portal.public-url", " https://green.jxt.zj.gov.cn/ ");
        assertEquals("https://green.jxt.zj.gov.cn", new PortalSettings().publicUrl());
        assertDoesNotThrow(() -> new PortalSettings().requirePublicUrl());
    }

    @Test
    void withoutThePublicAddressLinksGoToThisServerOnThisMachine() {
        System.setProperty("portal.public-url", "");
        System.setProperty("jboss.socket.binding.port-offset", "700");
        assertEquals("http://localhost:8780", new PortalSettings().publicUrl());
    }

    @Test
    void aRealPortalRefusesToStartWithoutAProperPublicAddress() {
        assertThrows(IllegalStateException.class, () -> new PortalSettings().requirePublicUrl());
        for (String wrong : new String[] {"green.jxt.zj.gov.cn", "ftp://green.jxt.zj.gov.cn", "https://x.cn/?a=b",
            "https://"}) {
            System.setProperty("portal.public-url", wrong);
            assertThrows(IllegalStateException.class, () -> new PortalSettings().requirePublicUrl(), wrong);
        }
    }

    @Test
    void hstsLastsAYearUnlessSetAndZeroTurnsItOff() {
        assertEquals(31_536_000, new PortalSettings().hstsMaxAge());
        System.setProperty("portal.hsts.max-age", "0");
        assertEquals(0, new PortalSettings().hstsMaxAge());
        System.setProperty("portal.hsts.max-age", "-5");
        assertEquals(31_536_000, new PortalSettings().hstsMaxAge());
    }
}
