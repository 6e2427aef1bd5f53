package cn.gov.zj.jxt.green.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeSet;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the test WAR once for all the test classes of a run instead of once per class. Every class's managed
 * deployment is {@link Deployments#portal()}, the same archive; when a class asks for an archive with the very
 * contents of the one still deployed, it gets the deployed one's address instead of an undeployment and a fresh
 * deployment (which cost 13 to 35 seconds each). A deployment of another shape (a test that deploys and undeploys
 * the portal itself to restart it) first undeploys the kept one. The kept deployment is undeployed when the suite
 * ends. A class that needs a server without anything earlier classes did to it (counting every session on it, say)
 * says so with {@link Fresh}: it gets a deployment of its own.
 *
 * <p>What a fresh deployment gave each class and a shared one does not, and how the tests stand without it: the
 * database was never fresh (the server's data outlives deployments), and tests make their own records; after each
 * class the portal's clock is put back to real time and the counts of the public forms' limiter and the sign-in
 * throttle are emptied ({@link LimitsReset}), as a fresh deployment had them.
 */
public final class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeepDeployed.class);
    }

    /** Gives the test class a deployment of its own, made for it and undeployed after it. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    public @interface Fresh {
    }

    /** Observes deployments inside the deployment context, after Arquillian has activated it (low precedence). */
    public static final class KeepDeployed {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        /** The deployment left in place for the next class, or {@code null}; one per test JVM. */
        private static Kept kept;

        @Inject
        private Instance<TestClass> testClass;

        @Inject
        private Instance<ContainerContext> containerContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment asked = event.getDeployment();
            DeploymentDescription askedDescription = asked.getDescription();
            String key = shareable(askedDescription) && !fresh() ? key(archive(askedDescription)) : null;
            if (key != null && kept != null && kept.key.equals(key)) {
                description.set(askedDescription);
                deployment.set(asked);
                protocolMetaData.set(kept.metaData);
                asked.deployed();
                return;
            }
            release();
            context.proceed();
            if (shareable(askedDescription) && !asked.hasDeploymentError()) {
                // The database outlives deployments: what an earlier deployment counted is forgotten here too.
                delete(protocolMetaData.get(), "api/test-support/limits");
                if (key != null) {
                    kept = new Kept(key, event.getContainerName(), event.getDeployableContainer(),
                            archive(askedDescription), protocolMetaData.get());
                }
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment leaving = context.getEvent().getDeployment();
            DeploymentDescription leavingDescription = leaving.getDescription();
            if (kept != null && shareable(leavingDescription) && !leaving.hasDeploymentError()
                    && kept.key.equals(key(archive(leavingDescription)))) {
                leaving.undeployed();
                return;
            }
            context.proceed();
        }

        /**
         * A fresh deployment started on real time with nothing counted against the public forms and sign-ins; the
         * next class on the kept one does too.
         */
        public void afterClass(@Observes AfterClass event) {
            if (kept != null) {
                kept.delete("api/test-support/clock");
                kept.delete("api/test-support/limits");
            }
        }

        /** Before the container stops (higher precedence), in the container's context, which undeploying needs. */
        public void afterSuite(@Observes(precedence = 100) AfterSuite event) throws Exception {
            if (kept != null) {
                ContainerContext context = containerContext.get();
                context.activate(kept.containerName);
                try {
                    release();
                } finally {
                    context.deactivate();
                }
            }
        }

        private static void release() throws Exception {
            if (kept != null) {
                Kept leaving = kept;
                kept = null;
                leaving.container.undeploy(leaving.archive);
            }
        }

        private boolean fresh() {
            TestClass current = testClass.get();
            return current != null && current.isAnnotationPresent(Fresh.class);
        }

        private static boolean shareable(DeploymentDescription description) {
            return description.managed() && description.isArchiveDeployment();
        }

        private static Archive<?> archive(DeploymentDescription description) {
            return description.getTestableArchive() != null ? description.getTestableArchive()
                    : description.getArchive();
        }

        /** The archive's name and every path in it: the same build's archives with equal keys hold the same. */
        private static String key(Archive<?> archive) {
            TreeSet<String> paths = new TreeSet<>();
            archive.getContent().keySet().forEach(path -> paths.add(path.get()));
            return archive.getName() + "|" + String.join("|", paths);
        }
    }

    private record Kept(String key, String containerName, DeployableContainer<?> container, Archive<?> archive,
            ProtocolMetaData metaData) {

        void delete(String path) {
            SharedDeployment.delete(metaData, path);
        }
    }

    /** DELETE on a test-support address of a deployment; the portal's context root is "/". */
    private static void delete(ProtocolMetaData metaData, String path) {
        HTTPContext http = metaData.getContexts(HTTPContext.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the deployment has no HTTP address"));
        URI address = URI.create("http://" + http.getHost() + ":" + http.getPort() + "/" + path);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address)
                    .timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("DELETE " + address + " answered " + response.statusCode());
            }
            KeepDeployed.LOG.fine(() -> "DELETE " + address + ": " + response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("DELETE " + address + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: DELETE " + address, e);
        }
    }
}
