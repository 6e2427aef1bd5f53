package cn.gov.zj.jxt.green.interfaces.listing;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvReader;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.XlsxReader;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The registry as open data, anonymously: {@code /api/units} filters, counts and pages in the database, exports the
 * filtered view as CSV and XLSX, refuses parameters it does not understand with 400, shows a unit's entries and
 * history (404 when unknown) and the documents it names; {@code /feeds/units.atom} is Atom 1.0 with the changes
 * newest first. Each test seeds its own units under a prefix no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryApiIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

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

    private String prefix;
    private JsonObject seeded;

    private void seed() {
        prefix = "登记" + UUID.randomUUID().toString().substring(0, 8);
        PortalClient.Page page = client.api("POST", "api/test-support/registry?prefix="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8), null, null);
        assertStatus(200, page);
        seeded = Json.object(page.body());
    }

    private JsonObject units(String query) {
        PortalClient.Page page = client.api("GET", "api/units?name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)
                + query, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("units").getValuesAs(JsonObject.class).stream().map(u -> u.getString("name")).toList();
    }

    @Test
    void theFiltersCombineTheCurrentListIsTheDefaultAndRemovedUnitsAreFoundByStatus() {
        seed();
        // Listed now: A twice (municipal, provincial), B, C, E and 25 in Huzhou; D was removed.
        assertEquals(30, units("").getInt("total"));
        assertEquals(31, units("&status=ALL").getInt("total"));
        JsonObject removed = units("&status=REMOVED");
        assertEquals(1, removed.getInt("total"));
        JsonObject d = removed.getJsonArray("units").getJsonObject(0);
        assertEquals(seeded.getString("D"), d.getString("creditCode"));
        assertEquals("MAJOR_ACCIDENT", d.getString("removalGround"));
        assertEquals("004 §(十九)", d.getString("removalClause"), "the code stays for machines");
        JsonObject labels = d.getJsonObject("labels");
        assertEquals("《实施细则》第十九条", labels.getString("removalClause"), "and people read the citation");
        assertEquals("已移出", labels.getString("status"));
        assertEquals("绿色低碳工厂", labels.getString("type"));
        assertEquals("Implementing Rules, Art. 19", units("&status=REMOVED&lang=en").getJsonArray("units")
                .getJsonObject(0).getJsonObject("labels").getString("removalClause"));

        assertEquals(4, units("&city=330100").getInt("total"), "A twice, C and E in Hangzhou");
        assertEquals(List.of(prefix + "-A精密制造有限公司"),
                names(units("&city=330100&type=FACTORY&level=MUNICIPAL&year=2023")));
        assertEquals(1, units("&city=330100&type=FACTORY&level=NATIONAL").getInt("total"));
        assertEquals(List.of(prefix + "-B临港产业园区管理委员会"), names(units("&type=PARK")));
        assertEquals(1, units("&industry=" + URLEncoder.encode(prefix + "-专用设备", StandardCharsets.UTF_8))
                .getInt("total"));
        assertEquals(2, units("&code=" + seeded.getString("A")).getInt("total"));
        assertEquals(2, units("&code=" + seeded.getString("A").substring(0, 14).toLowerCase()).getInt("total"),
                "a code's beginning, in any case");
        assertEquals(25, units("&level=municipal&year=2022").getInt("total"));
        // The rename is what the registry shows and finds.
        assertTrue(names(units("&level=PROVINCIAL&city=330100")).contains(prefix + "-A智能装备有限公司"));
    }

    @Test
    void pagesAreCountedAndSortedInTheDatabaseAndNeverOverlap() {
        seed();
        String huzhou = "&city=330500&sort=NAME&size=10";
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonObject body = units(huzhou + "&page=" + page);
            assertEquals(25, body.getInt("total"));
            assertEquals(page, body.getInt("page"));
            assertEquals(page < 3 ? 10 : 5, body.getJsonArray("units").size());
            seen.addAll(names(body));
            inOrder.addAll(names(body));
        }
        assertEquals(25, seen.size(), "every unit on exactly one page");
        assertEquals(prefix + "-湖州01厂", inOrder.get(0));
        assertEquals(prefix + "-湖州25厂", inOrder.get(24));
        assertEquals(prefix + "-湖州25厂", names(units(huzhou + "&order=desc")).get(0));
        assertEquals(0, units(huzhou + "&page=4").getJsonArray("units").size());
        // The default order: newest listing first.
        assertEquals(prefix + "-湖州25厂", names(units("&city=330500")).get(0));
    }

    @Test
    void parametersItDoesNotUnderstandAreRefusedWithTheirReason() {
        PortalClient.Page level = client.api("GET", "api/units?level=FOO", null, null);
        assertStatus(400, level);
        JsonObject error = Json.object(level.body());
        assertEquals("level", error.getJsonArray("fields").getJsonObject(0).getString("field"));
        assertTrue(error.getString("message").contains("MUNICIPAL"), error.toString());
        for (String bad : List.of("type=HOTEL", "status=GONE", "year=25", "city=110000", "page=0", "size=501",
                "size=ten", "format=pdf", "order=up", "sort=COLOUR", "code=91330%3B--")) {
            assertStatus(400, client.api("GET", "api/units?" + bad, null, null));
        }
    }

    @Test
    void exportsTheWholeFilteredViewAsCsvForExcelAndAsAWorkbook() throws Exception {
        seed();
        String view = "api/units?status=ALL&name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        int total = Json.object(client.api("GET", view, null, null).body()).getInt("total");

        PortalClient.Download csv = client.download(view + "&format=csv", null);
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains(".csv"));
        assertEquals((byte) 0xEF, csv.body()[0], "UTF-8 byte order mark, for Excel");
        assertEquals((byte) 0xBB, csv.body()[1]);
        assertEquals((byte) 0xBF, csv.body()[2]);
        List<SheetRow> rows = CsvReader.read(csv.body(), 10_000);
        assertEquals(total + 1, rows.size(), "a header and one row per unit");
        assertEquals("名称", rows.get(0).cell(0));
        assertTrue(rows.stream().anyMatch(r -> r.cell(0).equals(prefix + "-E\"新材料\",股份有限公司")),
                "comma and quotes survive");
        assertTrue(rows.stream().anyMatch(r -> r.cell(9).equals("已移出") && r.cell(12).equals("《实施细则》第十九条")),
                "the clause as the rules cite it");
        assertTrue(rows.stream().flatMap(r -> java.util.stream.IntStream.range(0, 13).mapToObj(r::cell))
                .noneMatch(cell -> cell != null && (cell.contains("§") || cell.matches("[A-Z]+_[A-Z_]+|REMOVED|LISTED|FACTORY|PARK|MUNICIPAL|PROVINCIAL|NATIONAL"))),
                "no clause code or constant in the export");

        PortalClient.Download english = client.download(view + "&format=csv&lang=en", null);
        assertEquals("Name", CsvReader.read(english.body(), 2).get(0).cell(0));

        PortalClient.Download xlsx = client.download(view + "&format=xlsx", null);
        assertEquals(200, xlsx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.header("Content-Type"));
        List<SheetRow> sheet = XlsxReader.read(xlsx.body(), 10_000);
        assertEquals(total + 1, sheet.size());
        assertEquals("统一社会信用代码", sheet.get(0).cell(1));
        assertTrue(sheet.stream().anyMatch(r -> r.cell(1).equals(seeded.getString("B")) && r.cell(4).equals("2025")));
    }

    @Test
    void aUnitShowsItsEntriesOnEachLevelWithTheirHistoryAndTheDocumentsThatPublishedThem() {
        seed();
        PortalClient.Page page = client.api("GET", "api/units/" + seeded.getString("A"), null, null);
        assertStatus(200, page);
        JsonObject a = Json.object(page.body());
        assertEquals(prefix + "-A智能装备有限公司", a.getString("name"), "listed under its new name");
        List<JsonObject> entries = a.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(List.of("MUNICIPAL", "PROVINCIAL"), entries.stream().map(e -> e.getString("level")).toList());
        JsonObject provincial = entries.get(1);
        assertEquals(List.of("LISTED", "RENAMED", "RE_REVIEWED"), provincial.getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("kind")).toList());
        assertEquals("浙经信绿色〔2036〕901号", provincial.getJsonObject("listingDocument").getString("number"));
        PortalClient.Download listing = client.download(
                provincial.getJsonObject("listingDocument").getString("pdf").replaceFirst("^https?://[^/]+/", ""), null);
        assertEquals(200, listing.status());
        assertEquals("application/pdf", listing.header("Content-Type"));

        JsonObject d = Json.object(client.api("GET", "api/units/" + seeded.getString("D"), null, null).body())
                .getJsonArray("entries").getJsonObject(0);
        assertEquals("REMOVED", d.getString("status"));
        assertEquals("MAJOR_ACCIDENT", d.getString("removalGround"));
        assertEquals(seeded.getInt("announcement"), d.getJsonObject("removalDocument").getInt("id"));
        JsonObject removal = d.getJsonArray("history").getJsonObject(1);
        assertEquals("REMOVED", removal.getString("kind"));
        assertEquals("004 §(十九)", removal.getString("detail"));
        assertEquals("《实施细则》第十九条", removal.getString("detailText"));
        assertEquals("移出名单", removal.getString("kindLabel"));
        assertEquals(200, client.download("api/units/" + seeded.getString("D") + "/documents/"
                + seeded.getInt("announcement") + ".pdf", null).status());
        // A document is public here only through a unit that names it.
        assertEquals(404, client.download("api/units/" + seeded.getString("B") + "/documents/"
                + seeded.getInt("announcement") + ".pdf", null).status());
    }

    @Test
    void anOrganisationNeverListedIsNotFound() {
        assertStatus(404, client.api("GET", "api/units/91330106MA2GL9999X", null, null));
        assertStatus(404, client.api("GET", "api/units/nonsense", null, null));
    }

    @Test
    void theFeedIsAtomWithEveryChangeNewestFirst() throws Exception {
        seed();
        PortalClient.Download feed = client.download("feeds/units.atom", null);
        assertEquals(200, feed.status());
        assertTrue(feed.header("Content-Type").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = xml.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertTrue(child(root, "id").getTextContent().startsWith("tag:"));
        assertFalse(child(root, "title").getTextContent().isBlank());
        assertNotNull(Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .parse(child(root, "updated").getTextContent())));
        boolean self = false;
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            self |= link.getParentNode() == root && "self".equals(link.getAttribute("rel"))
                    && link.getAttribute("href").endsWith("/feeds/units.atom");
        }
        assertTrue(self, "a self link");

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0 && entries.getLength() <= 100);
        Instant previous = null;
        Set<String> ids = new HashSet<>();
        Element removal = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String id = child(entry, "id").getTextContent();
            assertTrue(id.startsWith("tag:green.jxt.zj.gov.cn,"), id);
            assertTrue(ids.add(id), "ids are unique");
            Instant updated = Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .parse(child(entry, "updated").getTextContent()));
            assertTrue(previous == null || !updated.isAfter(previous), "newest first");
            previous = updated;
            assertFalse(child(entry, "summary").getTextContent().isBlank());
            if (child(entry, "title").getTextContent().equals(prefix + "-D电气有限公司 · 移出名单")) {
                removal = entry;
            }
        }
        assertNotNull(removal, "the removal is in the feed");
        Element alternate = (Element) removal.getElementsByTagNameNS(ATOM, "link").item(0);
        assertTrue(alternate.getAttribute("href").endsWith("/units/view.xhtml?code=" + seeded.getString("D")));
        assertTrue(child(removal, "summary").getTextContent().contains("浙经信绿色〔2036〕902号"));
        assertTrue(child(removal, "summary").getTextContent().contains("《实施细则》第十九条"));
        for (int i = 0; i < entries.getLength(); i++) {
            assertFalse(((Element) entries.item(i)).getTextContent().contains("§"), "no clause code in the feed");
        }
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }
}
