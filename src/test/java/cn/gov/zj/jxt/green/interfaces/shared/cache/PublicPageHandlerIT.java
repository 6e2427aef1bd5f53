package cn.gov.zj.jxt.green.interfaces.shared.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.LocalServer;
import cn.gov.zj.jxt.green.testing.ServletRequestCount;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A public page the cache holds current is answered in front of the servlet container ({@link PublicPageHandler}):
 * the container does not see the request at all. The filter answers hits too, so only counting what reaches the
 * container tells the two apart. A request the handler must leave alone (one with a session cookie) does reach it.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPageHandlerIT {

    private static final int VIEWS = 5;

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Test
    void cachedPublicAnswersNeverReachTheContainer() {
        // A page, a page searched for in Chinese (%-escaped: the handler keys on the address as sent), open data.
        for (String address : new String[] {"/notices.xhtml", "/units.xhtml?name=%E6%B9%96%E5%B7%9E", "/api/notices"}) {
            assertAnsweredInFront(address);
        }
    }

    private void assertAnsweredInFront(String address) {
        // A view is stored the second time it is rendered (RenderedPages).
        get(address, null);
        byte[] first = get(address, null).body();
        String uri = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        String query = address.contains("?") ? address.substring(address.indexOf('?') + 1) : null;
        int before = ServletRequestCount.of(uri, query);

        for (int i = 0; i < VIEWS; i++) {
            HttpResponse<byte[]> again = get(address, null);
            assertEquals(200, again.statusCode());
            assertArrayEquals(first, again.body(), "the stored answer, as rendered");
        }

        assertEquals(before, ServletRequestCount.of(uri, query),
                "hits are answered before the container takes the request up: " + address);
    }

    @Test
    void aRequestWithASessionCookieGoesOnToTheContainer() {
        get("/notices.xhtml", null);
        int before = ServletRequestCount.of("/notices.xhtml", null);

        assertEquals(200, get("/notices.xhtml", "JSESSIONID=unknown").statusCode());

        assertEquals(before + 1, ServletRequestCount.of("/notices.xhtml", null), "the container took it up");
    }

    private static HttpResponse<byte[]> get(String address, String cookie) {
        return cookie == null ? LocalServer.get(address) : LocalServer.get(address, "Cookie", cookie);
    }
}
