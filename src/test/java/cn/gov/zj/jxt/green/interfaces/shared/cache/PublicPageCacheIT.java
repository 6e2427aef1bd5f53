package cn.gov.zj.jxt.green.interfaces.shared.cache;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.application.notice.NoticeForm;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityStatus;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.DynamicFixture;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.LocalServer;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public page cache over HTTP: public answers carry an ETag and are revalidated with a 304 while nothing they
 * show has changed, and each kind of change is on the very next request of the page, the open data and the feed
 * that show it (a notice published; a publicity opened and closed by the clock, extended, suspended, an objection
 * upheld, the joint publication; a removal; the clock moved; a change committed by another node). Changes are made
 * through the services inside the server, the pages read from outside as the public reads them. Static resources
 * are compressed and kept long; the favicon is there.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPageCacheIT {

    private static final String HUZHOU = "330500";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture nomination;

    @Inject
    ReviewFixture review;

    @Inject
    DynamicFixture dynamicFixture;

    @Inject
    NoticeService notices;

    @Inject
    PublicityService publicity;

    @Inject
    RemovalService removals;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;


    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPublicAnswerCarriesAStrongETagAndIsRevalidatedWith304UntilItChanges() {
        Answer first = get("api/notices");
        assertEquals(200, first.status());
        String etag = first.header("ETag");
        assertNotNull(etag, "cached answers carry an ETag");
        assertTrue(etag.matches("\"\\d+-[0-9a-f]{24}\""), "strong: version and digest: " + etag);
        assertNotNull(first.header("Last-Modified"));
        assertEquals(PublicPageCache.CACHE_CONTROL, first.header("Cache-Control"), "the browser asks every time");

        Answer again = get("api/notices", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length, "a 304 has no body");
        assertEquals(etag, again.header("ETag"));
        assertEquals("Accept, Accept-Language", again.header("Vary"), "what the API negotiates on");
        assertEquals(304, get("api/notices", "If-Modified-Since", first.header("Last-Modified")).status());
        Answer other = get("api/notices", "If-None-Match", "\"1-000000000000000000000000\"");
        assertEquals(200, other.status());
        assertEquals(first.text(), other.text(), "served as rendered");
        Answer head = head("api/notices");
        assertEquals(200, head.status());
        assertEquals(etag, head.header("ETag"));

        // The language is part of the key: the parameter and the cookie each get their own entry.
        Answer chinese = get("api/units?size=1");
        Answer english = get("api/units?size=1&lang=en");
        assertNotEquals(chinese.text(), english.text());
        assertNotEquals(chinese.header("ETag"), english.header("ETag"));
        assertEquals(english.text(), get("api/units?size=1&lang=en").text());

        // Signed in, or with a session: answered afresh, never from or into the cache.
        Answer signedIn = get("api/notices", "Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((DemoAccounts.PROVINCE + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, signedIn.status());
        assertNull(signedIn.header("ETag"));
        assertNull(get("api/notices", "Cookie", "JSESSIONID=someone-elses").header("ETag"));
        // A response that sets a cookie belongs to its reader and is never stored.
        Answer page = get("notices.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.header("Set-Cookie") == null || page.header("ETag") == null,
                "a page that sets a cookie is not cached: " + page.headers());
    }

    @Test
    void aNoticeIsOnTheListTheFeedAndTheOpenDataOnTheVeryNextRequestOncePublished() {
        String title = ReviewFixture.unique("关于测试公开页面缓存的通知");
        String query = "api/notices?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        for (String path : List.of("api/notices", query, "feeds/notices.atom", "notices.xhtml", "index.xhtml")) {
            assertFalse(cached(path).contains(title), path);
        }
        Notice notice = nomination.as(PROVINCE, () -> notices.create(new NoticeForm(NoticeKind.NOTICE, title,
                "各市经信局", "为测试公开页面的缓存，特此通知。", List.of(), null, clock.today())));
        Notice issued = nomination.as(PROVINCE, () -> notices.issue(notice.getId(), notice.getVersion()));
        assertFalse(get(query).text().contains(title), "issued, not yet published");
        nomination.as(PROVINCE, () -> notices.publish(issued.getId()));

        for (String path : List.of("api/notices", query, "feeds/notices.atom", "notices.xhtml", "index.xhtml")) {
            assertTrue(get(path).text().contains(title), path);
        }
        assertTrue(get("notice.xhtml?id=" + notice.getId()).text().contains(title));
    }

    @Test
    void aPublicityShowsItsOpeningObjectionOutcomeExtensionSuspensionCloseAndPublicationAtOnce() throws Exception {
        List<String> names = List.of(ReviewFixture.unique("湖州缓存一厂"), ReviewFixture.unique("湖州缓存二厂"));
        Batch batch = review.proposedBatch(ReviewFixture.unique("缓存测试批次"), names);
        Publicity published = clerk(() -> publicity.publish(batch.getId(), new PublicityForm(clock.today().plusDays(1),
                null, "浙江省经济和信息化厅节能与综合利用处，0571-87000000")));
        long id = published.getId();
        String api = "api/publicity/" + id;
        String page = "publicity/view.xhtml?id=" + id;
        String list = "api/units?level=PROVINCIAL&name=" + URLEncoder.encode(names.get(1), StandardCharsets.UTF_8);
        assertEquals("SCHEDULED", Json.object(cached(api)).getString("status"));
        assertTrue(cached("publicity.xhtml").contains(published.getTitle()));
        cached(page);
        assertEquals(0, Json.object(cached(list)).getInt("total"));

        // Opened by its deadline once the clock reaches the first day.
        clock.moveTo(published.startsAt());
        awaitStatus(id, PublicityStatus.OPEN);
        assertEquals("OPEN", Json.object(get(api).text()).getString("status"));
        assertEquals("OPEN", Json.object(cached(api)).getString("status"));

        // An objection upheld takes its entry off the list.
        PublicityEntry objected = published.getEntries().get(0);
        Objection objection = currentActor.runAs(Actor.anonymous("198.51.100." + ADDRESS.getAndIncrement()),
                () -> publicity.object(id, new ObjectionForm(objected.getId(), "王某某", "11010519491231002X",
                        "13800000000", "objector@example.com", "该单位近三年内因超标排放受到行政处罚。"), List.of()))
                .objection();
        cached(api);
        String reason = "近三年内发生环境违法行为（实施细则第十七条）";
        clerk(() -> publicity.decide(objection.getId(), true, "调取行政处罚记录，情况属实", reason));
        JsonObject entry = Json.object(get(api).text()).getJsonArray("entries").getJsonObject(0);
        assertFalse(entry.getBoolean("listed"), "upheld: off the list at once");
        assertEquals(reason, entry.getString("withdrawnReason"));

        // Extended, then suspended and resumed: each on the next request.
        cached(api);
        LocalDate extended = published.getLastDay().plusDays(2);
        clerk(() -> publicity.extend(id, extended, "应社会公众要求延长公示期"));
        assertEquals(extended.toString(), Json.object(get(api).text()).getString("lastDay"));
        assertTrue(get(page).text().contains("应社会公众要求延长公示期"), "the page shows the reason");
        cached(api);
        clerk(() -> publicity.suspend(id, "名单信息核对中，暂停公示"));
        assertEquals("SUSPENDED", Json.object(get(api).text()).getString("status"));
        cached(api);
        LocalDate resumed = extended.plusDays(1);
        Publicity running = clerk(() -> publicity.resume(id, resumed, "核对完毕，恢复公示"));
        assertEquals("OPEN", Json.object(get(api).text()).getString("status"));

        // Closed by its deadline once the clock passes the end; then concluded and published jointly.
        cached(api);
        clock.moveTo(running.getEndsAt().plusSeconds(1));
        awaitStatus(id, PublicityStatus.CLOSED);
        assertEquals("CLOSED", Json.object(get(api).text()).getString("status"));
        clerk(() -> publicity.conclude(id));
        cached(api);
        assertEquals(0, Json.object(cached(list)).getInt("total"));
        Publicity done = clerk(() -> publicity.publishJointly(id, clock.today().plusDays(1)));
        assertEquals(done.getPublication().getNumber(),
                Json.object(get(api).text()).getString("publicationNumber"));
        assertEquals(1, Json.object(get(list).text()).getInt("total"), "on the provincial list at once");
    }

    @Test
    void aRemovedUnitIsShownRemovedOnTheVeryNextRequest() {
        ListedUnit unit = dynamicFixture.listedFactory(DynamicFixture.unique("缓存移出测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2023);
        String code = unit.getOrganisation().getCreditCode();
        String api = "api/units/" + code;
        String listed = "api/units?status=LISTED&name=" + URLEncoder.encode(unit.getName(), StandardCharsets.UTF_8);
        JsonObject before = Json.object(cached(api)).getJsonArray("entries").getJsonObject(0);
        assertTrue(before.isNull("removedAt"));
        assertEquals(1, Json.object(cached(listed)).getInt("total"));
        cached("units/view.xhtml?code=" + code);

        var huzhou = nomination.cityClerk(nomination.city(HUZHOU));
        var proposed = nomination.as(huzhou, () -> removals.propose(unit.getId(), RemovalGround.MAJOR_ACCIDENT,
                "发生重大生产安全事故，造成人员伤亡", "事故通报.png", new ByteArrayInputStream(PNG)));
        nomination.as(PROVINCE, () -> removals.decide(proposed.get(0).getId(), "同意移出"));

        JsonObject after = Json.object(get(api).text()).getJsonArray("entries").getJsonObject(0);
        assertFalse(after.isNull("removedAt"), "removed at once: " + after);
        assertEquals("MAJOR_ACCIDENT", after.getString("removalGround"));
        assertEquals(0, Json.object(get(listed).text()).getInt("total"), "off the current list at once");
    }

    @Test
    void movingTheClockOrAChangeCommittedByAnotherNodeDropsEveryEntry() throws SQLException {
        String etag = get("api/regions").header("ETag");
        assertNotNull(etag);
        assertEquals(304, get("api/regions", "If-None-Match", etag).status());

        clock.moveTo(Instant.now().plus(Duration.ofDays(1)));
        Answer moved = get("api/regions", "If-None-Match", etag);
        assertEquals(200, moved.status(), "pages show what is open or due by the clock");
        assertNotEquals(etag, moved.header("ETag"));

        // Another node's change is a new version in the database, seen by this node on its next request.
        String before = moved.header("ETag");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE public_content SET version = version + 1 WHERE id = 1"));
        }
        Answer elsewhere = get("api/regions", "If-None-Match", before);
        assertEquals(200, elsewhere.status());
        assertNotEquals(before, elsewhere.header("ETag"));
    }

    @Test
    void staticResourcesAreCompressedAndKeptAYearUnderVersionedAddressesAndThereIsAFavicon() {
        String html = get("index.xhtml").text().replace("&amp;", "&");
        Matcher primefaces = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/[^\"]+ln=primefaces[^\"]*v=[^\"]+)\"")
                .matcher(html);
        assertTrue(primefaces.find(), "a PrimeFaces script under a versioned address: " + html);
        Answer script = get(primefaces.group(1).substring(1), "Accept-Encoding", "gzip");
        assertEquals(200, script.status());
        assertEquals("gzip", script.header("Content-Encoding"));
        assertEquals(StaticResourceCaching.IMMUTABLE, script.header("Cache-Control"));
        assertEquals(0x1f, script.body()[0] & 0xff, "gzip magic");
        assertNull(get(primefaces.group(1).substring(1)).header("Content-Encoding"), "plain when not accepted");

        Matcher own = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/css/portal\\.css[^\"]*v=[0-9a-f]+)\"")
                .matcher(html);
        assertTrue(own.find(), "the portal's style sheet under a versioned address: " + html);
        assertEquals(StaticResourceCaching.IMMUTABLE, get(own.group(1).substring(1)).header("Cache-Control"));

        Answer favicon = get("favicon.ico");
        assertEquals(200, favicon.status());
        assertTrue(favicon.body().length > 0);
        assertEquals(200, get("favicon.svg").status());
        assertTrue(html.contains("href=\"/favicon.svg\""), "linked from the layout");
    }

    private <T> T clerk(java.util.function.Supplier<T> work) {
        return nomination.as(PROVINCE, work);
    }

    private void awaitStatus(long id, PublicityStatus status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (publicity.get(id).getStatus() != status) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("publicity " + id + " not " + status + ": " + publicity.get(id).getStatus());
            }
            Thread.sleep(200);
        }
    }

    /**
     * The text of a public answer once it is in the cache: when it carries an ETag (pages that open a session
     * are not cached), asking again with it is answered 304.
     */
    private String cached(String path) {
        Answer answer = get(path);
        assertEquals(200, answer.status(), path);
        String etag = answer.header("ETag");
        boolean page = path.contains(".xhtml");
        assertTrue(page || etag != null, "open data and feeds are cached: " + path);
        if (etag != null) {
            assertEquals(304, get(path, "If-None-Match", etag).status(), path);
        }
        return answer.text();
    }

    record Answer(int status, java.util.Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Answer get(String path, String... headers) {
        return answer(LocalServer.get(path, headers));
    }

    private Answer head(String path) {
        return answer(LocalServer.send(HttpRequest.newBuilder(LocalServer.base().resolve(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())));
    }

    private static Answer answer(HttpResponse<byte[]> response) {
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }
}
