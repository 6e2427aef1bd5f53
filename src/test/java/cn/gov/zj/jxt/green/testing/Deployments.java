package cn.gov.zj.jxt.green.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the packaged portal WAR itself, so tests run against what ships. */
public final class Deployments {

    private Deployments() {
    }

    /** The portal WAR as built; in-container tests add their own classes to it. */
    public static WebArchive portal() {
        String war = System.getProperty("portal.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("portal.war does not name the packaged WAR: " + war
                    + " (run the tests through ./mvnw verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }
}
