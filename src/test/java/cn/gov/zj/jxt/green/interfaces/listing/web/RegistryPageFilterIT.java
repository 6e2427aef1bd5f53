package cn.gov.zj.jxt.green.interfaces.listing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.FacesRenderCount;
import cn.gov.zj.jxt.green.testing.LocalServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
                Answer anonymous = get(view, language);
                assertEquals(200, anonymous.status(), view);
                assertTrue(anonymous.body().contains("id=\"units\""), view);
                assertNull(anonymous.setCookie(), view);
                assertEquals("text/html;charset=UTF-8", anonymous.contentType());

                // A session cookie (one the server does not know) leaves the page to Faces: the same bytes.
                String cookie = "JSESSIONID=unknown-" + run + (language == null ? "" : "; " + language);
                Answer faces = get(view, cookie);
                assertEquals(200, faces.status(), view);
                assertEquals(faces.body(), anonymous.body(), view + " " + language);
            }
        }

        assertEquals(before + views.length * 2, FacesRenderCount.of("/units.xhtml"),
                "only the views with a session cookie reached the Faces servlet");
    }

    private static Answer get(String address, String cookie) {
        HttpResponse<byte[]> response = cookie == null ? LocalServer.get(address)
                : LocalServer.get(address, "Cookie", cookie);
        return new Answer(response.statusCode(), response.headers().firstValue("Set-Cookie").orElse(null),
                response.headers().firstValue("Content-Type").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private record Answer(int status, String setCookie, String contentType, String body) {
    }
}
