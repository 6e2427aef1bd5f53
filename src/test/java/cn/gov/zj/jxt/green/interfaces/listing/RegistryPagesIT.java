package cn.gov.zj.jxt.green.interfaces.listing;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvReader;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.XlsxReader;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry pages as the public opens them: the filters are in the URL and come back filled in, the table shows
 * the filtered view with its count, the export links carry the same filters (the CSV has one row per counted unit,
 * the workbook opens), and a unit's page shows its levels, history and removal with the announcement linked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryPagesIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;

    @BeforeEach
    void newClient() throws URISyntaxException {
        client = new PortalClient(base.toURI());
    }

    private JsonObject seed(String prefix) {
        PortalClient.Page page = client.api("POST", "api/test-support/registry?prefix="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8), null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    @Test
    void aFilteredViewIsALinkThatShowsItsUnitsAndExportsExactlyThem() throws Exception {
        String prefix = "名单页" + UUID.randomUUID().toString().substring(0, 8);
        seed(prefix);
        String link = "units.xhtml?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&city=330100";
        PortalClient.Page page = client.get(link);
        assertStatus(200, page);
        Document html = page.document();
        assertEquals(prefix, html.getElementById("name").val(), "the filter comes back filled in");
        assertEquals("330100", html.selectFirst("#city option[selected]").val());
        assertEquals("LISTED", html.selectFirst("#status option[selected]").val());
        List<String> names = html.select("#units tbody a.unit-name").eachText();
        assertEquals(4, names.size(), names.toString());
        assertTrue(names.stream().allMatch(n -> n.startsWith(prefix)), names.toString());
        assertTrue(html.getElementById("registry").text().contains("共 4 条"));

        String csvHref = html.getElementById("exportCsv").attr("href");
        assertTrue(csvHref.contains("city=330100") && csvHref.contains("format=csv"), csvHref);
        PortalClient.Download csv = client.download(csvHref.substring(1), null);
        assertEquals(200, csv.status());
        assertEquals(4 + 1, CsvReader.read(csv.body(), 1000).size(), "a header and the four counted units");

        PortalClient.Download xlsx = client.download(html.getElementById("exportXlsx").attr("href").substring(1), null);
        assertEquals(200, xlsx.status());
        assertEquals(4 + 1, XlsxReader.read(xlsx.body(), 1000).size());

        // Level and type narrow further; removed units appear only when asked for.
        assertEquals(1, client.get(link + "&level=NATIONAL&type=FACTORY").document()
                .select("#units tbody a.unit-name").size());
        String all = "units.xhtml?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        assertTrue(client.get(all).document().getElementById("registry").text().contains("共 30 条"));
        assertTrue(client.get(all + "&status=REMOVED").document().getElementById("registry").text()
                .contains(prefix + "-D电气有限公司"));
    }

    @Test
    void theRegistryPagesAndSortsByLinksThatKeepItsFiltersAndReadsAlikeSignedIn() throws Exception {
        String prefix = "翻页" + UUID.randomUUID().toString().substring(0, 8);
        seed(prefix);
        String link = "units.xhtml?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        Document first = client.get(link).document();
        assertTrue(first.getElementById("registryReport").text().contains("共 30 条，第 1/2 页"),
                first.getElementById("registryReport").text());
        List<String> firstNames = first.select("#units tbody a.unit-name").eachText();
        assertEquals(20, firstNames.size());
        assertEquals("descending", first.selectFirst("#units th[aria-sort]").attr("aria-sort"), "newest first");

        Element next = first.selectFirst(".pager a[aria-label=下一页]");
        assertNotNull(next, first.select(".pager").outerHtml());
        assertTrue(next.attr("href").contains("name=") && next.attr("href").contains("page=2"), next.attr("href"));
        Document second = client.get(next.attr("href").substring(1)).document();
        assertTrue(second.getElementById("registryReport").text().contains("第 2/2 页"));
        List<String> secondNames = second.select("#units tbody a.unit-name").eachText();
        assertEquals(10, secondNames.size());
        assertTrue(secondNames.stream().noneMatch(firstNames::contains), "other units on page 2");
        assertEquals("2", second.selectFirst(".pager [aria-current=page]").text());

        // Sorting by name: A to Z, from the first page, the filter kept; a second click turns the order.
        Element byName = first.select("#units th a").stream().filter(a -> a.text().startsWith("名称"))
                .findFirst().orElseThrow(() -> new AssertionError(first.select("#units thead").outerHtml()));
        assertTrue(byName.attr("href").contains("sort=name") && byName.attr("href").contains("name="),
                byName.attr("href"));
        Document sorted = client.get(byName.attr("href").substring(1)).document();
        assertEquals("ascending", sorted.selectFirst("#units th[aria-sort]").attr("aria-sort"));
        List<String> names = sorted.select("#units tbody a.unit-name").eachText();
        assertTrue(names.get(0).startsWith(prefix + "-A"), names.toString());
        Element turned = sorted.selectFirst("#units th[aria-sort] a");
        assertTrue(turned.attr("href").contains("order=desc"), turned.attr("href"));
        Document descending = client.get(turned.attr("href").substring(1)).document();
        assertEquals("descending", descending.selectFirst("#units th[aria-sort]").attr("aria-sort"));
        assertEquals(prefix + "-湖州25厂", descending.selectFirst("#units tbody a.unit-name").text());

        // A signed-in reader gets the page from the Faces view: the same form, table and pager.
        PortalClient signedIn = new PortalClient(base.toURI());
        signedIn.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Document faces = signedIn.get(next.attr("href").substring(1)).document();
        assertEquals(second.getElementById("registry").outerHtml(), faces.getElementById("registry").outerHtml());
        assertEquals(second.getElementById("filters").outerHtml(), faces.getElementById("filters").outerHtml());
        assertEquals(second.title(), faces.title());
    }

    @Test
    void theRegistryInEnglishKeepsItsFiltersEscapesWhatWasTypedAndMakesNoSession() {
        String typed = "<b>名称\"' & x";
        String link = "units.xhtml?name=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&city=330100";
        PortalClient.Page page = client.get(link);
        assertStatus(200, page);
        Document html = page.document();
        assertEquals(typed, html.getElementById("name").val(), "the text comes back as typed, as text");
        assertTrue(html.select("main b").isEmpty(), "no markup from the address");
        String english = html.getElementById("english").attr("href");
        assertTrue(english.contains("city=330100") && english.contains("lang=en") && english.contains("name="),
                english);
        Document en = client.get(english.substring(1)).document();
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals(typed, en.getElementById("name").val());
        assertEquals("330100", en.selectFirst("#city option[selected]").val());
        assertTrue(en.getElementById("registryReport").text().contains("records, page 1 of 1"),
                en.getElementById("registryReport").text());
        // The language now comes from the cookie: the next page is English, from the layout kept for English.
        Document again = client.get("units.xhtml?city=330100").document();
        assertEquals("en", again.selectFirst("html").attr("lang"));
        assertEquals("Lists", again.selectFirst("main h1").text());
        assertTrue(again.getElementById("chinese").attr("href").contains("city=330100"));
        assertNull(client.sessionId(), "no session: " + client.lastSetCookie());
    }

    @Test
    void aPageOrPageSizeNotUnderstoodIsNamedAndAPageBeyondTheLastShowsTheLast() {
        PortalClient.Page page = client.get("units.xhtml?page=abc&rows=7&status=ALL");
        assertStatus(200, page);
        String errors = page.document().getElementById("registryErrors").text();
        assertTrue(errors.contains("页码应为从 1 开始的整数") && errors.contains("每页条数应为 20、50 或 100"), errors);
        assertEquals(20, page.document().select("#units tbody tr").size(), "the whole list, 20 a page");
        Document beyond = client.get("units.xhtml?page=2000&status=ALL").document();
        assertNull(beyond.getElementById("registryErrors"));
        String report = beyond.getElementById("registryReport").text();
        String last = beyond.selectFirst(".pager [aria-current=page]").text();
        assertTrue(report.endsWith("第 " + last + "/" + last + " 页"), report);
        assertFalse(beyond.select("#units tbody a.unit-name").isEmpty(), "the last page's units");
    }

    @Test
    void aLinkWithAValueThatNamesNothingSaysSoAndShowsTheCurrentList() {
        PortalClient.Page page = client.get("units.xhtml?level=FOO");
        assertStatus(200, page);
        assertTrue(page.text().contains("级别应为 MUNICIPAL"), page.text());
        assertNotNull(page.document().getElementById("registry"));
    }

    @Test
    void aUnitsPageShowsEachLevelItsHistoryAndTheRemovalWithItsAnnouncement() {
        String prefix = "单位页" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject seeded = seed(prefix);
        Document a = client.get("units/view.xhtml?code=" + seeded.getString("A")).document();
        assertEquals(prefix + "-A智能装备有限公司", a.selectFirst("main h1").text());
        assertEquals(2, a.select("section.unit-entry").size());
        Element provincial = a.getElementById("entry-PROVINCIAL-FACTORY");
        assertEquals(List.of("列入名单", "名称变更", "复核"), provincial.select(".history li strong").eachText());
        assertTrue(provincial.selectFirst("a.listing-pdf").attr("href")
                .endsWith("/documents/" + seeded.getInt("listingDocument") + ".pdf"));

        Document d = client.get("units/view.xhtml?code=" + seeded.getString("D")).document();
        Element entry = d.selectFirst("section.unit-entry");
        assertTrue(entry.selectFirst(".removal-ground").text().contains("《实施细则》第十九条"));
        assertFalse(entry.text().contains("§"), "no clause code on the page");
        assertTrue(entry.select(".history .detail").eachText().contains("《实施细则》第十九条"));
        assertTrue(entry.text().contains("已移出"));
        String announcement = entry.selectFirst("a.removal-pdf").attr("href");
        assertTrue(announcement.endsWith("/documents/" + seeded.getInt("announcement") + ".pdf"), announcement);
        assertEquals(200, client.download(announcement.substring(1), null).status());

        assertStatus(404, client.get("units/view.xhtml?code=91330106MA2GL9999X"));
    }

    @Test
    void theRegistryIsInThePublicNavigation() {
        Element link = client.get("").document().select("nav.public-nav a").get(2);
        assertTrue(link.attr("href").endsWith("/units.xhtml"), link.toString());
    }
}
