package cn.gov.zj.jxt.green.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the packaged portal WAR itself, so tests run against what ships, with the tests' own classes
 * beside it: every integration test class and the test support ({@code testing}), the same for every test class, so
 * that one deployment serves the whole run ({@link SharedDeployment}). The support's endpoints live under
 * {@code api/test-support}; the shipped portal has none of them.
 */
public final class Deployments {

    /** The test classes' package folder, and what of it goes into the test deployment. */
    private static final String ROOT = "cn/gov/zj/jxt/green/";

    private Deployments() {
    }

    /** The portal WAR as built, with the tests' classes. */
    public static WebArchive portal() {
        String war = System.getProperty("portal.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("portal.war does not name the packaged WAR: " + war
                    + " (run the tests through ./mvnw verify)");
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        Path classes = testClasses();
        for (Path file : testClassFiles(classes)) {
            String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
            archive.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + name);
        }
        return archive;
    }

    /** The integration tests (with their nested classes), the test support, and the test signer. */
    private static List<Path> testClassFiles(Path classes) {
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                String simple = name.substring(name.lastIndexOf('/') + 1);
                return name.endsWith(".class") && (name.startsWith(ROOT + "testing/")
                        || simple.matches("[A-Za-z0-9]+IT(\\$.*)?\\.class")
                        || simple.matches("TestSigner(\\$.*)?\\.class"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
