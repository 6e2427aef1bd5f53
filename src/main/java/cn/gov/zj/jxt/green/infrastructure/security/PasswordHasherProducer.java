package cn.gov.zj.jxt.green.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

@ApplicationScoped
public class PasswordHasherProducer {

    @Inject
    PortalSettings settings;

    /** Dependent: a PasswordHasher is immutable and cheap, and final (so not proxyable). */
    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher(settings.passwordIterations());
    }
}
