package cn.gov.zj.jxt.green.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from its WebJar) run in the page the browser shows, on the WCAG 2.0 and 2.1 A and AA rules: what a
 * screen reader, a keyboard or a reader with low vision would stumble on.
 */
public final class Axe {

    /** The rules run: those axe tags as WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/" + System.getProperty(
            "portal.axe.version") + "/axe.min.js";

    private static String source;

    private Axe() {
    }

    /** One rule broken on one element: the rule, the element's CSS selector and axe's summary of what to fix. */
    public record Violation(String rule, String impact, String target, String summary) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") " + target + ": " + summary.replace('\n', ' ');
        }
    }

    /** The violations on the page shown now; axe is injected into the page when it is not there yet. */
    public static List<Violation> check(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return !!window.axe;"))) {
            driver.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object json = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));
                """, TAGS);
        String text = String.valueOf(json);
        if (text.startsWith("{")) {
            throw new IllegalStateException("axe failed: " + text);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonValue rule : Json.array(text)) {
            JsonObject r = rule.asJsonObject();
            for (JsonValue node : r.getJsonArray("nodes")) {
                JsonObject n = node.asJsonObject();
                violations.add(new Violation(r.getString("id"), r.getString("impact", ""),
                        n.getJsonArray("target").toString(), n.getString("failureSummary", r.getString("help"))));
            }
        }
        return violations;
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is not on the test classpath "
                            + "(org.webjars.npm:axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
