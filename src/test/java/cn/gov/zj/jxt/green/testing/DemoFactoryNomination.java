package cn.gov.zj.jxt.green.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The demo factory of 西湖区 on its way through a nomination cycle, each step taken through the workspace API by the
 * demo account whose step it is: the province opens a batch, the applicant applies on its own evaluation, 西湖区 and
 * 杭州市 approve, 杭州 lists it municipally, nominates it, issues its letter and submits. Page tests start from
 * where their pages come in.
 */
public final class DemoFactoryNomination {

    public static final String API = "api/workspace/";
    public static final String FACTORY_NAME = "杭州绿源精密制造有限公司（示例）";

    private final PortalClient client;

    public DemoFactoryNomination(PortalClient client) {
        this.client = client;
    }

    /**
     * A batch for factories with a month to go (the city list two), titled {@code titlePrefix} and a random suffix,
     * with the quotas by city code given (the others 0).
     */
    public long openBatch(String titlePrefix, Map<String, Integer> quotas) {
        String title = titlePrefix + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"year\":" + today().getYear() + ",\"level\":\"PROVINCIAL\",\"title\":\"" + title
                + "\",\"unitTypes\":[\"FACTORY\"],\"submissionDeadline\":\"" + today().plusDays(30)
                + "\",\"cityListDeadline\":\"" + today().plusDays(60) + "\",\"reminderDays\":7,\"quotas\":{"
                + quotas.entrySet().stream().map(q -> "\"" + q.getKey() + "\":" + q.getValue())
                        .collect(Collectors.joining(",")) + "}}";
        return Json.object(expect(201, client.api("POST", API + "batches", DemoAccounts.PROVINCE, json)).body())
                .getJsonNumber("id").longValue();
    }

    /** The demo factory applies on its own evaluation, with its report; 西湖区 and then 杭州市 approve. */
    public long approvedApplication(long batchId) {
        JsonObject started = Json.object(expect(201, client.api("POST", API + "batches/" + batchId
                + "/applications", DemoAccounts.APPLICANT, null)).body());
        long id = started.getJsonNumber("id").longValue();
        expect(200, client.api("PUT", API + "applications/" + id, DemoAccounts.APPLICANT, "{\"version\":"
                + started.getJsonNumber("version") + ",\"productionRegion\":\"330106\",\"industry\":\"通用设备制造业\","
                + "\"route\":\"SELF_EVALUATION\",\"energy\":0.8,\"energyBenchmark\":1.0,\"water\":2.0,"
                + "\"waterBenchmark\":3.0,\"resourceUse\":95,\"resourceUseBenchmark\":90,\"renewableShare\":30,"
                + "\"renewableShareBenchmark\":20,\"carbonIntensity\":0.5,\"carbonIntensityBenchmark\":0.7}"));
        expect(200, client.upload(API + "applications/" + id + "/report", DemoAccounts.APPLICANT, Map.of(), "file",
                "自评价报告.pdf", "application/pdf", SampleFiles.pdf("self evaluation")));
        expect(200, client.api("POST", API + "applications/" + id + "/submit", DemoAccounts.APPLICANT,
                "{\"version\":" + application(id).getJsonNumber("version") + "}"));
        for (String reviewer : new String[] {DemoAccounts.XIHU, DemoAccounts.HANGZHOU}) {
            expect(200, client.api("POST", API + "applications/" + id + "/review", reviewer, "{\"version\":"
                    + application(id).getJsonNumber("version") + ",\"decision\":\"APPROVED\",\"comment\":\"同意\"}"));
        }
        assertEquals("APPROVED", application(id).getString("status"));
        return id;
    }

    /** Whether the demo factory is on 杭州's municipal list (earlier tests of the same deployment may have put it). */
    public boolean listedMunicipal() {
        return Json.array(expect(200, client.api("GET", API + "municipal-list", DemoAccounts.HANGZHOU, null)).body())
                .stream().anyMatch(u -> u.asJsonObject().getString("organisation").equals(FACTORY_NAME));
    }

    /** The demo factory on 杭州's municipal list, as a provincial nominee must be; listed now if it is not yet. */
    public void listMunicipal() {
        if (listedMunicipal()) {
            return;
        }
        long organisationId = Json.object(expect(200, client.api("GET", API + "organisations?q="
                + DemoAccounts.XIHU_FACTORY_CODE, DemoAccounts.HANGZHOU, null)).body())
                .getJsonArray("organisations").getJsonObject(0).getJsonNumber("id").longValue();
        expect(200, client.api("POST", API + "municipal-list", DemoAccounts.HANGZHOU, "{\"organisationId\":"
                + organisationId + ",\"year\":" + today().getYear() + ",\"basis\":\"杭经信〔" + today().getYear()
                + "〕1号\"}"));
    }

    /** 杭州 nominates the approved application, issues its letter under a fresh number and submits. */
    public void nominateAndSubmit(long batchId, long applicationId) {
        listMunicipal();
        expect(200, client.api("POST", API + "applications/" + applicationId + "/nominate", DemoAccounts.HANGZHOU,
                null));
        expect(200, client.api("POST", API + "batches/" + batchId + "/submission/letter", DemoAccounts.HANGZHOU,
                "{\"number\":\"杭经信函〔" + today().getYear() + "〕" + (1000 + System.nanoTime() % 9000) + "号\"}"));
        expect(200, client.api("POST", API + "batches/" + batchId + "/submission/submit", DemoAccounts.HANGZHOU,
                null));
        assertEquals("SUBMITTED", submission(batchId).getString("status"));
    }

    /** The application as the province reads it. */
    public JsonObject application(long id) {
        return Json.object(expect(200, client.api("GET", API + "applications/" + id, DemoAccounts.PROVINCE, null))
                .body());
    }

    /** 杭州's submission to the batch, as the province reads it. */
    public JsonObject submission(long batchId) {
        return Json.object(expect(200, client.api("GET", API + "batches/" + batchId + "/submission?city=330100",
                DemoAccounts.PROVINCE, null)).body());
    }

    /** Today where the portal is. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
