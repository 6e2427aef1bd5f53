package cn.gov.zj.jxt.green.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Two real WildFly nodes and nginx, started and stopped by the scripts an operator uses
 * (src/main/cluster/start-cluster.sh, stop-cluster.sh), on the clustered server that ./mvnw verify -Pcluster
 * provisions, against the PostgreSQL database the build names (it.db.url, empty). Nodes are killed as a crash kills
 * them: SIGKILL to the Java process. The portal deployed is the packaged WAR with the test clock's endpoint, and its
 * clock is shared by the nodes through the database (PORTAL_TEST_CLOCK_SHARED).
 */
public final class Cluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

    private final Path dir;
    private final Path scripts;
    private final int[] offsets;
    private final int httpPort;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Map<String, String> environment;

    private Cluster(Path dir, Path scripts, int[] offsets, int httpPort, String dbUrl, String dbUser,
            String dbPassword, Path war) {
        this.dir = dir;
        this.scripts = scripts;
        this.offsets = offsets;
        this.httpPort = httpPort;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        StringBuilder offsetList = new StringBuilder();
        for (int offset : offsets) {
            offsetList.append(offsetList.isEmpty() ? "" : " ").append(offset);
        }
        this.environment = Map.of(
                "CLUSTER_DIR", dir.toString(),
                "CLUSTER_SERVER", System.getProperty("cluster.server.dir"),
                "CLUSTER_WAR", war.toString(),
                "CLUSTER_PORT_OFFSETS", offsetList.toString(),
                "CLUSTER_HTTP_PORT", String.valueOf(httpPort),
                "PORTAL_DB_URL", dbUrl,
                "PORTAL_DB_USER", dbUser,
                "PORTAL_DB_PASSWORD", dbPassword,
                "PORTAL_DEMO_DATA", "true",
                "PORTAL_TEST_CLOCK_SHARED", "true");
    }

    /**
     * A cluster in target/cluster-it, made fresh, not yet started; the settings come from the build
     * (cluster.port.offsets, cluster.http.port, it.db.*).
     */
    public static Cluster fromBuild() throws IOException {
        Path target = Path.of(System.getProperty("cluster.server.dir")).getParent();
        Path dir = target.resolve("cluster-it");
        deleteTree(dir);
        Files.createDirectories(dir);
        Path war = dir.resolve("green-portal.war");
        Deployments.portal().as(ZipExporter.class).exportTo(war.toFile(), true);
        String[] offsetText = System.getProperty("cluster.port.offsets", "100 200").trim().split("\\s+");
        int[] offsets = new int[offsetText.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = Integer.parseInt(offsetText[i]);
        }
        return new Cluster(dir, Path.of(System.getProperty("cluster.scripts")), offsets,
                Integer.getInteger("cluster.http.port", 18080), System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password", "postgres"), war);
    }

    /** Every node and the balancer, when none runs (at first, or after all were killed); returns once all serve. */
    public void start() {
        run(START_TIMEOUT, scripts.resolve("start-cluster.sh").toString());
    }

    /** Node {@code n} alone, after it was killed, the others running on; returns once it serves. */
    public void start(int n) {
        run(START_TIMEOUT, scripts.resolve("start-cluster.sh").toString(), "node", String.valueOf(n));
    }

    public void stop() {
        run(Duration.ofMinutes(3), scripts.resolve("stop-cluster.sh").toString());
    }

    @Override
    public void close() {
        stop();
    }

    /** SIGKILL to node {@code n}'s Java process, as a power cut or the kernel's OOM killer would; waits until gone. */
    public void kill(int n) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("node" + n + ".pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("node " + n + " is not running"));
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot kill node " + n, e);
        }
    }

    public int nodes() {
        return offsets.length;
    }

    /** Node {@code n} directly, without the balancer. */
    public URI node(int n) {
        return URI.create("http://127.0.0.1:" + (8080 + offsets[n - 1]) + "/");
    }

    /** The balancer: the portal's one address. */
    public URI balancer() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    /** Node {@code n}'s server log. */
    public String log(int n) throws IOException {
        return Files.readString(dir.resolve("node" + n).resolve("log").resolve("server.log"));
    }

    public Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The first column of every row of {@code sql} with its parameters, as text. */
    public List<String> column(String sql, Object... parameters) {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long number(String sql, Object... parameters) {
        List<String> values = column(sql, parameters);
        return values.isEmpty() || values.get(0) == null ? 0 : Long.parseLong(values.get(0));
    }

    private void run(Duration timeout, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("scripts.log").toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(dir.resolve("scripts.log")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
