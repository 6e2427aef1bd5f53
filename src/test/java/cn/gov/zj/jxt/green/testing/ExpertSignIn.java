package cn.gov.zj.jxt.green.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.function.Supplier;

/**
 * A client signed in as the expert on a panel seat. The demo expert signs in as himself; an expert without an
 * account, or with one of another test's, gets a new one from the administrator, linked by the province as it would.
 */
public final class ExpertSignIn {

    private static final String API = "api/workspace/";
    private static final String PASSWORD = "Expert2025pages!";

    private final PortalClient client;
    private final Supplier<PortalClient> newClient;

    /** {@code client} reads and links the pool as the province; {@code newClient} gives a session of its own. */
    public ExpertSignIn(PortalClient client, Supplier<PortalClient> newClient) {
        this.client = client;
        this.newClient = newClient;
    }

    public PortalClient as(long expertId) {
        JsonObject expert = Json.array(expect(200, client.api("GET", API + "review/experts", DemoAccounts.PROVINCE,
                null)).body()).stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("id").longValue() == expertId).findFirst().orElseThrow();
        PortalClient signedIn = newClient.get();
        if (DemoAccounts.EXPERT.equals(expert.getString("account", null))) {
            signedIn.signIn(DemoAccounts.EXPERT, DemoAccounts.PASSWORD);
            return signedIn;
        }
        String user = "itreview" + (System.nanoTime() % 100_000_000);
        PortalClient admin = newClient.get();
        admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        PortalClient.Page created = admin.get("admin/accounts/edit.xhtml").form("account")
                .set("account:username", user)
                .set("account:displayName", expert.getString("name"))
                .set("account:role_input", "EXPERT")
                .set("account:password", PASSWORD)
                .submit("account:save");
        assertTrue(created.uri().contains("/admin/accounts/index.xhtml"), created.text());
        String json = "{\"version\":" + expert.getJsonNumber("version") + ",\"expert\":{\"name\":\""
                + expert.getString("name") + "\",\"specialty\":\"" + expert.getString("specialty")
                + "\",\"employerName\":\"" + expert.getString("employerName") + "\",\"employerCode\":"
                + (expert.isNull("employerCode") ? "null" : "\"" + expert.getString("employerCode") + "\"")
                + ",\"cityCode\":\"" + expert.getString("cityCode") + "\",\"account\":\"" + user + "\",\"ties\":"
                + expert.getJsonArray("ties") + ",\"active\":true}}";
        expect(200, client.api("PUT", API + "review/experts/" + expertId, DemoAccounts.PROVINCE, json));
        signedIn.signIn(user, PASSWORD);
        return signedIn;
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
