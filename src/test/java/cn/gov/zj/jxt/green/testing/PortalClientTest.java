package cn.gov.zj.jxt.green.testing;

import java.net.URISyntaxException;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that uses the deployed portal from outside, as a browser or an API client does: the packaged WAR
 * is deployed as it ships, and every test gets a fresh {@link PortalClient} (no session carried over).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PortalClientTest {

    @ArquillianResource
    protected URL base;

    protected PortalClient client;

    @Deployment
    public static WebArchive portal() {
        return Deployments.portal();
    }

    @BeforeEach
    void newSession() {
        client = newClient();
    }

    /** Another client with a session of its own, e.g. to act as a second person. */
    protected PortalClient newClient() {
        try {
            return new PortalClient(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
