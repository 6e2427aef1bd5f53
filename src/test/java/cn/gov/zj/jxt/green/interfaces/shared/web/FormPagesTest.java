package cn.gov.zj.jxt.green.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page with a form is proven only by a test that submits it, right and wrong (issue 12). This cannot see what a
 * test does with a page, but it can see that no test names it: a new form page then fails the build until a page
 * or browser test opens it by its path. Naming a page here does not count, so it cannot be waved through.
 */
class FormPagesTest {

    /** What makes a page a form page: a command component, an upload, or a plain submit button. */
    private static final Pattern FORM = Pattern.compile(
            "commandButton|commandLink|remoteCommand|fileUpload|inputFile|type=\"submit\"");

    private static final Path BASE = Path.of(System.getProperty("basedir", ""));
    private static final Path WEBAPP = BASE.resolve("src/main/webapp");
    private static final Path TESTS = BASE.resolve("src/test/java");

    @Test
    void everyFormPageIsNamedByATest() throws IOException {
        List<String> pages = formPages();
        assertTrue(pages.size() > 30 && pages.contains("login.xhtml") && pages.contains("publicity/object.xhtml"),
                "the form pages were found under " + WEBAPP.toAbsolutePath() + ": " + pages);
        Map<Path, String> tests = testSources();
        assertFalse(tests.isEmpty(), "the tests were found under " + TESTS.toAbsolutePath());

        List<String> unnamed = new ArrayList<>();
        for (String page : pages) {
            // The page's path as a whole (optionally after a slash), not as the end of a longer one:
            // publicity/view.xhtml is not named by workspace/publicity/view.xhtml.
            Pattern named = Pattern.compile("(?<![\\w./-])/?" + Pattern.quote(page) + "(?![\\w-])");
            if (tests.values().stream().noneMatch(source -> named.matcher(source).find())) {
                unnamed.add(page);
            }
        }
        assertTrue(unnamed.isEmpty(), unnamed.size() + " form pages are submitted by no test (name each in a page "
                + "or browser test that submits it once as intended and once with bad input): " + unnamed);
    }

    private static List<String> formPages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<String> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String page = WEBAPP.relativize(file).toString().replace('\\', '/');
                if (!page.startsWith("WEB-INF/") && FORM.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    pages.add(page);
                }
            }
            return pages;
        }
    }

    /** Every test source but this one. */
    private static Map<Path, String> testSources() throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(FormPagesTest.class.getSimpleName() + ".java")) {
                    sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return sources;
    }
}
