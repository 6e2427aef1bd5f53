package cn.gov.zj.jxt.green.interfaces.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry with 100,000 listed units (docs/performance.md). Runs only in its own profile, on a database of its
 * own, never in the normal suite: {@code ./mvnw -B verify -Pregistry-benchmark} (H2), and with
 * {@code -Ppostgresql -Dit.db.url=…} on PostgreSQL. Seeds the units with JDBC batches, then times the queries in the
 * server and the API, the page and the exports over HTTP, and fails when any exceeds a generous bound. The figures go
 * to target/benchmark/registry-&lt;database&gt;.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryBenchmarkIT {

    private static final int UNITS = Integer.getInteger("registry.benchmark.units", 100_000);
    private static final int RUNS = 7;
    /** Units seeded per request, so that none comes near the client's time-out. */
    private static final int SLICE = 5_000;
    private static final long PAGE_BOUND_MS = 1_000;
    private static final long EXPORT_ALL_BOUND_MS = 60_000;

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesCountsAndExportsStayFastWithAHundredThousandUnits() throws IOException, URISyntaxException {
        PortalClient client = new PortalClient(base.toURI());
        String database = System.getProperty("it.db.driver", "h2");
        List<String> report = new ArrayList<>();
        report.add("Registry benchmark, " + database + ", " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));

        long seedMillis = 0;
        for (int from = 0; from < UNITS; from += SLICE) {
            PortalClient.Page seeded = client.api("POST", "api/test-support/registry-benchmark/seed?from=" + from
                    + "&count=" + Math.min(SLICE, UNITS - from), null, null);
            assertEquals(200, seeded.status(), seeded.body());
            seedMillis += Long.parseLong(seeded.body());
        }
        assertEquals(200, client.api("POST", "api/test-support/registry-benchmark/analyze", null, null).status());
        report.add(String.format(Locale.ROOT,
                "seed %,d units with their organisations and listing events (JDBC batches of 1,000): %,d ms", UNITS,
                seedMillis));

        JsonObject inServer = Json.object(client.api("POST", "api/test-support/registry-benchmark/counts", null,
                null).body());
        assertTrue(inServer.getJsonNumber("total").longValue() >= UNITS);
        report.add("registry service in the server: first (cold) run, then median / best of " + RUNS
                + " runs, each with other parameters:");
        for (String[] step : new String[][] {
            {"firstPage", "first page, no filter (count + 20 rows)"},
            {"name", "name contains a word, e.g. 新材料 (" + inServer.getInt("nameCount") + " matches): count + 20 rows"},
            {"cityLevelType", "city + provincial + factory, e.g. 宁波 (" + inServer.getInt("cityLevelTypeCount")
                + " matches): count + 20 rows"},
            {"deepPage", "page 2,000 of 20 (rows 39,981–40,000), no count"},
            {"count", "count of one year (a scan)"},
            {"byName", "name search for a picker (count + 10 rows)"}}) {
            PortalClient.Page measured = client.api("POST", "api/test-support/registry-benchmark/measure?step="
                    + step[0] + "&runs=" + RUNS, null, null);
            assertEquals(200, measured.status(), measured.body());
            JsonObject t = Json.object(measured.body());
            long median = t.getJsonNumber("medianMicros").longValue();
            report.add(String.format(Locale.ROOT, "  %-70s %8.1f ms | %8.1f ms / %8.1f ms", step[1],
                    t.getJsonNumber("firstMicros").longValue() / 1000.0, median / 1000.0,
                    t.getJsonNumber("bestMicros").longValue() / 1000.0));
            assertTrue(median < PAGE_BOUND_MS * 1000, step[1] + " took " + median / 1000 + " ms");
        }

        report.add("over HTTP (median of " + RUNS + " after a warm-up; H2 may answer a repeated query from its last"
                + " result):");
        http(report, "GET /api/units?page=1&size=20", PAGE_BOUND_MS,
                () -> client.api("GET", "api/units?page=1&size=20", null, null).status());
        http(report, "GET /api/units?name=新材料&city=330100", PAGE_BOUND_MS,
                () -> client.api("GET", "api/units?name=%E6%96%B0%E6%9D%90%E6%96%99&city=330100", null, null)
                        .status());
        http(report, "GET /api/units?city=330200&level=PROVINCIAL&type=FACTORY", PAGE_BOUND_MS,
                () -> client.api("GET", "api/units?city=330200&level=PROVINCIAL&type=FACTORY", null, null).status());
        http(report, "GET /api/units?page=2000&size=20", PAGE_BOUND_MS,
                () -> client.api("GET", "api/units?page=2000&size=20", null, null).status());
        http(report, "GET /units.xhtml (the page, first 20 rows)", PAGE_BOUND_MS * 2,
                () -> client.get("units.xhtml").status());

        export(report, client, "CSV of 杭州 (city=330100, every status)", "api/units?format=csv&status=ALL&city=330100",
                EXPORT_ALL_BOUND_MS / 4);
        export(report, client, "CSV of everything (status=ALL)", "api/units?format=csv&status=ALL",
                EXPORT_ALL_BOUND_MS);
        export(report, client, "XLSX of everything (status=ALL)", "api/units?format=xlsx&status=ALL",
                EXPORT_ALL_BOUND_MS);

        Path out = Path.of("target", "benchmark", "registry-" + database + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static void http(List<String> report, String label, long boundMs, Supplier<Integer> call) {
        assertEquals(200, call.get());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            assertEquals(200, call.get());
            times.add((System.nanoTime() - started) / 1_000);
        }
        times.sort(null);
        long median = times.get(times.size() / 2);
        report.add(String.format(Locale.ROOT, "  %-62s %8.1f ms", label, median / 1000.0));
        assertTrue(median < boundMs * 1000, label + " took " + median / 1000 + " ms");
    }

    private static void export(List<String> report, PortalClient client, String label, String path, long boundMs) {
        long started = System.nanoTime();
        PortalClient.Download download = client.download(path, null);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, download.status());
        long lines = 0;
        if (path.contains("format=csv")) {
            for (byte b : download.body()) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        report.add(String.format(Locale.ROOT, "  %-62s %8d ms, %,d bytes%s", label, ms, download.body().length,
                lines > 0 ? String.format(Locale.ROOT, ", %,d rows", lines - 1) : ""));
        assertTrue(ms < boundMs, label + " took " + ms + " ms");
    }
}
