package cn.gov.zj.jxt.green.cluster;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Cluster;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The portal as a cluster of two real WildFly nodes behind nginx on one PostgreSQL database, started together by
 * src/main/cluster/start-cluster.sh and killed with SIGKILL, as a crash would (testing/Cluster). One story, since
 * each step starts from the nodes the last one left running:
 * <ol>
 * <li>started together on an empty database, the nodes migrate it and load the demo data once;</li>
 * <li>what one node stores, the other serves: an annex uploaded and a notice published through node 1 are on node
 * 2's public page and download identically from it; the public forms' rate limit counts the sends to both;</li>
 * <li>a clerk typing a notice through the balancer loses her node to kill -9: her save succeeds on the other node
 * with her session and what she typed; the publicity period whose close her node had set a timer for, due
 * meanwhile, is closed once by the other node;</li>
 * <li>both nodes killed across the yearly April 15 cut-off and started again: it is done once;</li>
 * <li>the June 30 lock of the open batch, due while the node that set its timer is killed: done once by the other;</li>
 * <li>the next April 15 cut-off, due while node 2 is killed: done once by node 1, started again before it;
 * then more deadlines on timers, to measure how late they ring;</li>
 * <li>over the whole run: every deadline that fell due was done, none twice (the audit log and the notifications
 * hold no effect twice), and the timers' lateness (effect time minus due time) is printed.</li>
 * </ol>
 * The portal's clock is moved through the test-support endpoint of one node and read by all from the database; while
 * both nodes are down the test moves it in that table itself, as the endpoint would.
 */
class ClusterIT {

    private static final String BODY = "为做好集群测试工作，现将有关事项通知如下。\n一、总体要求\n确保任一节点停止时服务不中断。";
    private static final Duration DEADLINE_WAIT = Duration.ofSeconds(120);
    /** A 1×1 PNG, the evidence of an objection. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** How late each deadline run by a timer was: effect time minus due time. */
    private final List<Duration> timerLateness = new ArrayList<>();
    /** Deadlines done by the start-up after both nodes were down across them. */
    private final List<Duration> restartLateness = new ArrayList<>();

    @Test
    void twoNodesShareEverythingAndOutliveKilledNodes() throws Exception {
        try (Cluster cluster = Cluster.fromBuild()) {
            assertEquals(0, cluster.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'deadline'"),
                    "the cluster tests need an empty database (-Dit.db.url)");
            long started = System.nanoTime();
            cluster.start();
            System.out.printf("cluster: %d nodes and the balancer serving after %d s%n", cluster.nodes(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            startedTogetherTheNodesMigrateAndLoadOnce(cluster);
            long auditBefore = cluster.number("SELECT MAX(chain_index) FROM audit_entry");
            long notificationsBefore = cluster.number("SELECT COALESCE(MAX(id), 0) FROM notification");
            long doneBefore = cluster.number("SELECT COUNT(*) FROM deadline WHERE done_at IS NOT NULL");

            whatOneNodeStoresTheOtherServes(cluster);
            theRateLimitCountsTheSendsToEveryNode(cluster);
            int survivor = aClerkAndATimerOutliveTheirNode(cluster);
            bothNodesKilledAcrossTheAprilCutOff(cluster, survivor);
            theJuneLockOutlivesTheNodeThatSetIt(cluster);
            theAprilCutOffOutlivesANodeKilledBeforeIt(cluster);
            timersRingOnTime(cluster, 1, 3);

            everyDueDeadlineWasDoneOnce(cluster, 1, doneBefore, auditBefore, notificationsBefore);
            printLateness();
        }
    }

    private static void startedTogetherTheNodesMigrateAndLoadOnce(Cluster cluster) throws Exception {
        String one = cluster.log(1);
        String two = cluster.log(2);
        assertEquals(1, count(one + two, "Demo data loaded"), "the demo data is loaded by one node");
        assertEquals(1, count(one + two, "Demo data: the database already has accounts"),
                "the other finds it loaded");
        assertEquals(1, count(one + two, "(0 migrations applied now)"), "the second node finds the schema migrated");
        assertEquals(1, cluster.number("SELECT COUNT(*) FROM account WHERE username = 'province'"));
        assertTrue(one.contains("(2) [node1") || two.contains("(2) [node1") || one.contains("(2) [node2")
                || two.contains("(2) [node2"), "the nodes formed one cluster view of two");
    }

    /** An annex and a notice published through node 1 are served by node 2 at its next request. */
    private static void whatOneNodeStoresTheOtherServes(Cluster cluster) throws Exception {
        PortalClient one = new PortalClient(cluster.node(1));
        PortalClient two = new PortalClient(cluster.node(2));
        String title = "关于集群节点" + UUID.randomUUID().toString().substring(0, 8) + "发布测试的通知";
        PortalClient.Page before = two.get("notices.xhtml");
        assertStatus(200, before);
        assertFalse(before.text().contains(title));

        PortalClient.Page created = one.api("POST", "api/workspace/notices", DemoAccounts.PROVINCE,
                "{\"kind\":\"NOTICE\",\"title\":\"" + title + "\",\"recipients\":\"各设区市经信局\",\"body\":\""
                        + BODY.replace("\n", "\\n") + "\",\"coIssuers\":[],\"copyTo\":\"各设区市人民政府\",\"dated\":\""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}");
        assertStatus(201, created);
        long id = Json.object(created.body()).getJsonNumber("id").longValue();
        byte[] annex = SampleFiles.pdf("cluster");
        assertStatus(200, one.upload("api/workspace/notices/" + id + "/annexes", DemoAccounts.PROVINCE,
                Map.of("title", "集群说明"), "file", "集群说明.pdf", "application/pdf", annex));
        long version = Json.object(one.api("GET", "api/workspace/notices/" + id, DemoAccounts.PROVINCE, null).body())
                .getJsonNumber("version").longValue();
        PortalClient.Page issued = one.api("POST", "api/workspace/notices/" + id + "/issue", DemoAccounts.PROVINCE,
                "{\"version\":" + version + "}");
        assertStatus(200, issued);
        assertStatus(200, one.api("POST", "api/workspace/notices/" + id + "/publish", DemoAccounts.PROVINCE, null));

        PortalClient.Page after = two.get("notices.xhtml");
        assertStatus(200, after);
        assertTrue(after.text().contains(title), "node 2's public list shows node 1's notice at once");
        JsonObject open = Json.object(two.api("GET", "api/notices/" + id, null, null).body());
        PortalClient.Download annexFromTwo = two.download(open.getJsonArray("annexes").getJsonObject(0)
                .getString("href"), null);
        assertEquals(200, annexFromTwo.status());
        assertArrayEquals(annex, annexFromTwo.body(), "the annex uploaded through node 1, byte for byte");
        PortalClient.Download pdfFromOne = one.download(open.getJsonObject("links").getString("pdf"), null);
        PortalClient.Download pdfFromTwo = two.download(open.getJsonObject("links").getString("pdf"), null);
        assertEquals(200, pdfFromTwo.status());
        assertArrayEquals(pdfFromOne.body(), pdfFromTwo.body(), "the issued document node 1 made");
    }

    /** Five objections a client may send in a burst, whichever node takes them; the sixth is refused. */
    private static void theRateLimitCountsTheSendsToEveryNode(Cluster cluster) {
        long publicity = cluster.number("SELECT subject_id FROM deadline WHERE kind = 'publicity.close'"
                + " AND done_at IS NULL ORDER BY due_at LIMIT 1");
        PortalClient one = new PortalClient(cluster.node(1));
        PortalClient two = new PortalClient(cluster.node(2));
        JsonObject view = Json.object(one.api("GET", "api/publicity/" + publicity, null, null).body());
        long entry = view.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        Map<String, String> fields = Map.of("entryId", String.valueOf(entry), "name", "王某某",
                "idNumber", "11010519491231002X", "phone", "13800000000", "facts", "该单位存在违法排污问题，特此反映。");
        String path = "api/publicity/" + publicity + "/objections";
        for (int i = 0; i < 5; i++) {
            PortalClient.Page sent = (i % 2 == 0 ? one : two).upload(path, null, fields, "evidence", "证据.png",
                    "image/png", PNG);
            assertNotEquals(429, sent.status(), "send " + (i + 1) + " of 5 is within the limit: " + sent.body());
        }
        PortalClient.Page sixth = two.upload(path, null, fields, "evidence", "证据.png", "image/png", PNG);
        assertStatus(429, sixth);
        assertEquals("publicity.objection.tooMany", Json.object(sixth.body()).getString("error"));
        assertStatus(429, one.upload(path, null, fields, "evidence", "证据.png", "image/png", PNG));
    }

    /**
     * A clerk types a notice through the balancer; the publicity period's close is 25 s away on the timer her node
     * sets. Her node is killed: her save goes to the other node with her session, and the other node closes the
     * period once. Returns the node left running.
     */
    private int aClerkAndATimerOutliveTheirNode(Cluster cluster) throws Exception {
        PortalClient clerk = new PortalClient(cluster.balancer());
        PortalClient.Page workspace = clerk.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        assertStatus(200, workspace);
        String session = clerk.sessionId();
        int hers = session.endsWith(".node1") ? 1 : 2;
        assertTrue(session.endsWith(".node" + hers), session);
        int other = 3 - hers;
        String title = "关于节点故障时继续编辑" + UUID.randomUUID().toString().substring(0, 8) + "的通知";
        PortalClient.Page blank = clerk.get("workspace/notices/edit.xhtml?kind=NOTICE");
        assertStatus(200, blank);
        PortalClient.Form typed = blank.form("notice").set("notice:title", title).set("notice:body", BODY);

        Deadline close = nextPending(cluster, "publicity.close");
        moveClock(cluster, hers, close.dueAt().minusSeconds(25));
        cluster.kill(hers);

        PortalClient.Page saved = typed.submit("notice:save");
        assertStatus(200, saved);
        assertTrue(saved.text().contains("“" + title + "”已保存。"), "saved on the other node: " + saved.text());
        assertTrue(saved.uri().contains("workspace/notices/"), "still signed in: " + saved.uri());
        assertEquals(1, cluster.number("SELECT COUNT(*) FROM notice WHERE title = ? AND body = ?", title, BODY),
                "what she typed is saved");

        awaitDone(cluster, close, timerLateness);
        assertEquals(1, audited(cluster, "publicity.close", "Publicity", close.subjectId()), "closed once");
        assertTrue(cluster.log(other).contains("Deadline " + close.id() + " (publicity.close"),
                "closed by the node left running");
        return other;
    }

    /**
     * The survivor's clock is moved to 20 s before the April 15 cut-off (whatever fell due before is done at once);
     * it is killed too; while both are down the cut-off passes; both start again and it is done once.
     */
    private void bothNodesKilledAcrossTheAprilCutOff(Cluster cluster, int survivor) throws Exception {
        Deadline cutOff = nextPending(cluster, "dynamic.form.due");
        moveClock(cluster, survivor, cutOff.dueAt().minusSeconds(20));
        awaitCondition(() -> cluster.number("SELECT COUNT(*) FROM deadline WHERE done_at IS NULL AND due_at < ?",
                OffsetDateTime.ofInstant(cutOff.dueAt().minusSeconds(20), ZoneId.of("UTC"))) == 0,
                "the deadlines before the cut-off are done");
        cluster.kill(survivor);
        // Both down while the cut-off passes: the shared clock moved past it in its table, as the endpoint would.
        try (Connection connection = cluster.database();
                PreparedStatement move = connection.prepareStatement("UPDATE test_clock SET offset_ms = ? WHERE id = 1")) {
            move.setLong(1, Duration.between(Instant.now(), cutOff.dueAt().plusSeconds(5)).toMillis());
            assertEquals(1, move.executeUpdate(), "the shared clock's row");
        }
        assertEquals(0, done(cluster, cutOff.id()), "nobody ran it while both nodes were down");
        cluster.start();
        awaitDone(cluster, cutOff, restartLateness);
        assertEquals(1, cluster.number("SELECT COUNT(*) FROM deadline WHERE kind = 'dynamic.form.due'"
                + " AND subject_id = ?", cutOff.subjectId() + 1), "the next year's cut-off scheduled once");
    }

    /** The June 30 lock: its timer set by node 1, which is killed; node 2 locks the batch once. */
    private void theJuneLockOutlivesTheNodeThatSetIt(Cluster cluster) throws Exception {
        Deadline lock = nextPending(cluster, "batch.submission.lock");
        moveClock(cluster, 1, lock.dueAt().minusSeconds(25));
        cluster.kill(1);
        awaitDone(cluster, lock, timerLateness);
        assertEquals(1, audited(cluster, "batch.lock", "Batch", lock.subjectId()), "locked once");
        assertTrue(cluster.log(2).contains("Deadline " + lock.id() + " (batch.submission.lock"), "by node 2");
    }

    /**
     * The next April 15 cut-off with one node killed: node 1 started again, the clock moved to 25 s before the
     * cut-off (whatever fell due before is done first), node 2 killed; node 1 does the cut-off once and schedules the
     * next year's once.
     */
    private void theAprilCutOffOutlivesANodeKilledBeforeIt(Cluster cluster) throws Exception {
        cluster.start(1);
        Deadline cutOff = nextPending(cluster, "dynamic.form.due");
        moveClock(cluster, 2, cutOff.dueAt().minusSeconds(25));
        awaitCondition(() -> cluster.number("SELECT COUNT(*) FROM deadline WHERE done_at IS NULL AND due_at < ?",
                OffsetDateTime.ofInstant(cutOff.dueAt().minusSeconds(25), ZoneId.of("UTC"))) == 0,
                "the deadlines before the cut-off are done");
        cluster.kill(2);
        awaitDone(cluster, cutOff, timerLateness);
        assertEquals(1, cluster.number("SELECT COUNT(*) FROM deadline WHERE kind = 'dynamic.form.due'"
                + " AND subject_id = ?", cutOff.subjectId() + 1), "the next year's cut-off scheduled once");
        assertTrue(cluster.log(1).contains("Deadline " + cutOff.id() + " (dynamic.form.due"), "by node 1");
    }

    /** The next {@code rounds} due times on node {@code n}'s timers, the clock moved 15 s before each. */
    private void timersRingOnTime(Cluster cluster, int n, int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            List<String> next = cluster.column("SELECT id FROM deadline WHERE done_at IS NULL ORDER BY due_at, id");
            if (next.isEmpty()) {
                return;
            }
            Deadline deadline = deadline(cluster, Long.parseLong(next.get(0)));
            moveClock(cluster, n, deadline.dueAt().minusSeconds(15));
            for (String id : cluster.column("SELECT id FROM deadline WHERE done_at IS NULL AND due_at = ?",
                    OffsetDateTime.ofInstant(deadline.dueAt(), ZoneId.of("UTC")))) {
                awaitDone(cluster, deadline(cluster, Long.parseLong(id)), timerLateness);
            }
        }
    }

    /**
     * Every deadline due by the portal's clock is done, none lost; no effect recorded twice: no audit entry of the
     * same action on the same subject twice, no notification twice, since the run began. The portal's time is read
     * from node {@code running}.
     */
    private static void everyDueDeadlineWasDoneOnce(Cluster cluster, int running, long doneBefore, long auditBefore,
            long notificationsBefore) {
        Instant now = Instant.parse(new PortalClient(cluster.node(running)).api("GET", "api/test-support/clock", null, null)
                .body().strip());
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneId.of("UTC"));
        long due = cluster.number("SELECT COUNT(*) FROM deadline WHERE due_at <= ?", at) - doneBefore;
        long lost = cluster.number("SELECT COUNT(*) FROM deadline WHERE due_at <= ? AND done_at IS NULL", at);
        long effects = cluster.number("SELECT COUNT(*) FROM deadline WHERE done_at IS NOT NULL AND outcome IS NOT NULL")
                - doneBefore;
        List<String> twiceAudited = cluster.column("SELECT action || ' ' || entity_type || ' ' || entity_id"
                + " FROM audit_entry WHERE chain_index > ? AND actor = 'system'"
                + " GROUP BY action, entity_type, entity_id HAVING COUNT(*) > 1", auditBefore);
        // What a deadline notifies carries a key of the deadline and the recipient (the table keeps it unique).
        List<String> twiceNotified = cluster.column("SELECT dedupe_key FROM notification WHERE id > ?"
                + " AND dedupe_key IS NOT NULL GROUP BY dedupe_key HAVING COUNT(*) > 1", notificationsBefore);
        System.out.printf("deadlines: %d fell due during the run, %d effects, %d duplicates (audit %s,"
                + " notifications %s), %d lost%n", due, effects, twiceAudited.size() + twiceNotified.size(),
                twiceAudited, twiceNotified, lost);
        assertEquals(0, lost, "every deadline due is done");
        assertEquals(due, effects, "one effect per deadline due");
        assertEquals(List.of(), twiceAudited, "no effect audited twice");
        assertEquals(List.of(), twiceNotified, "no notification sent twice");
        assertTrue(due >= 10, "the run crossed the deadlines it meant to: " + due);
    }

    private void printLateness() {
        System.out.println("timer lateness (effect time minus due time), " + timerLateness.size() + " deadlines: "
                + summary(timerLateness));
        System.out.println("done at start-up after both nodes were down across them, " + restartLateness.size()
                + " deadlines: " + summary(restartLateness));
        assertFalse(timerLateness.isEmpty());
        assertTrue(timerLateness.stream().allMatch(d -> !d.isNegative()), "never early: " + timerLateness);
    }

    private static String summary(List<Duration> lateness) {
        if (lateness.isEmpty()) {
            return "none";
        }
        List<Long> millis = lateness.stream().map(Duration::toMillis).sorted().toList();
        int n = millis.size();
        double median = n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2.0;
        return String.format("median %.1f s, max %.1f s", median / 1000, millis.get(n - 1) / 1000.0);
    }

    private record Deadline(long id, String kind, long subjectId, Instant dueAt) {
    }

    private static Deadline nextPending(Cluster cluster, String kind) {
        return deadline(cluster, cluster.number("SELECT id FROM deadline WHERE kind = ? AND done_at IS NULL"
                + " ORDER BY due_at LIMIT 1", kind));
    }

    private static Deadline deadline(Cluster cluster, long id) {
        List<String> row = cluster.column("SELECT kind || '|' || subject_id || '|' ||"
                + " CAST(EXTRACT(EPOCH FROM due_at) * 1000 AS BIGINT) FROM deadline WHERE id = ?", id);
        assertEquals(1, row.size(), "deadline " + id);
        String[] parts = row.get(0).split("\\|");
        return new Deadline(id, parts[0], Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }

    private static long done(Cluster cluster, long id) {
        return cluster.number("SELECT COUNT(*) FROM deadline WHERE id = ? AND done_at IS NOT NULL", id);
    }

    /** Waits until the deadline is done; records how late. */
    private static void awaitDone(Cluster cluster, Deadline deadline, List<Duration> lateness) throws Exception {
        awaitCondition(() -> done(cluster, deadline.id()) == 1, deadline + " done");
        long doneAt = cluster.number("SELECT CAST(EXTRACT(EPOCH FROM done_at) * 1000 AS BIGINT) FROM deadline"
                + " WHERE id = ?", deadline.id());
        lateness.add(Duration.ofMillis(doneAt - deadline.dueAt().toEpochMilli()));
    }

    private static void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + DEADLINE_WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + DEADLINE_WAIT.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static void moveClock(Cluster cluster, int node, Instant to) {
        assertStatus(200, new PortalClient(cluster.node(node)).api("POST", "api/test-support/clock", null,
                "{\"instant\":\"" + to + "\"}"));
    }

    private static long audited(Cluster cluster, String action, String entityType, long entityId) {
        return cluster.number("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_type = ? AND entity_id = ?",
                action, entityType, String.valueOf(entityId));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
