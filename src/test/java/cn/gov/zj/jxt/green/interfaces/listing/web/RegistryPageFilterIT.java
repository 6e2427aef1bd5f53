package cn.gov.zj.jxt.green.interfaces.listing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.FacesRenderCount;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry page for anonymous readers is written without a Faces view ({@link RegistryPageFilter}): only counting
 * what reaches the Faces servlet tells that apart from a rendering. And what it writes is, byte for byte, what Faces
 * writes for a reader it leaves to Faces (one with a session cookie).
 */
@ExtendWith(ArquillianExtension.class)
class RegistryPageFilterIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Test
    void anonymousViewsOfTheRegistryAreWrittenWithoutAFacesViewAndAsFacesWritesThem() {
        // The layout is rendered by Faces once per language, for the first anonymous view that needs it.
        get("/units.xhtml?status=ALL", null);
        get("/units.xhtml?status=ALL", "lang=en");
        int before = FacesRenderCount.of("/units.xhtml");

        String run = UUID.randomUUID().toString().substring(0, 8);
        String[] views = {"/units.xhtml?city=330100&n=" + run, "/units.xhtml?name="
                + URLEncoder.encode("湖州 & <b>" + run, StandardCharsets.UTF_8) + "&level=PROVINCIAL&page=2",
                "/units.xhtml?status=ALL&sort=name&order=desc&rows=50&page=1&x=" + run};
        for (String view : views) {
            for (String language : new String[] {null, "lang=en"}) {
                HttpResponse<String> anonymous = get(view, language);
                assertEquals(200, anonymous.statusCode(), view);
                assertTrue(anonymous.body().contains("id=\"units\""), view);
                assertNull(anonymous.headers().firstValue("Set-Cookie").orElse(null), view);
                assertEquals("text/html;charset=UTF-8", anonymous.headers().firstValue("Content-Type").orElse(null));

                // A session cookie (one the server does not know) leaves the page to Faces: the same bytes.
                String cookie = "JSESSIONID=unknown-" + run + (language == null ? "" : "; " + language);
                HttpResponse<String> faces = get(view, cookie);
                assertEquals(200, faces.statusCode(), view);
                assertEquals(faces.body(), anonymous.body(), view + " " + language);
            }
        }

        assertEquals(before + views.length * 2, FacesRenderCount.of("/units.xhtml"),
                "only the views with a session cookie reached the Faces servlet");
    }

    private HttpResponse<String> get(String address, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(address)).GET()
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** This server, as the public reaches it: the tests run inside it, on its shifted ports. */
    private static URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }
}
