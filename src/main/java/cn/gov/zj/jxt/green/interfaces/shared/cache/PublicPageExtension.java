package cn.gov.zj.jxt.green.interfaces.shared.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link PublicPageHandler} first in the deployment's handler chain, ahead of the container's security and
 * request set-up (registered in META-INF/services/io.undertow.servlet.ServletExtension).
 */
public class PublicPageExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> new PublicPageHandler(next, context));
    }
}
