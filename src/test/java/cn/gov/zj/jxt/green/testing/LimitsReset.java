package cn.gov.zj.jxt.green.testing;

import java.lang.reflect.Field;
import java.util.Map;

import cn.gov.zj.jxt.green.application.account.SignInThrottle;
import cn.gov.zj.jxt.green.infrastructure.security.PublicFormLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

/**
 * Forgets what the public forms' limiter and the sign-in throttle have counted, as a new deployment of the portal
 * starts with nothing counted. {@link SharedDeployment} calls it after each test class, so that one class's posts
 * and failed sign-ins (all from 127.0.0.1) do not use up the next one's. The limiter's buckets are rows, which it
 * empties itself; the throttle keeps its counts in memory, in a field of its
 * own, which the test reaches rather than the portal offering a way to empty a brake. Exists only in the test
 * deployment.
 */
@Path("test-support/limits")
@RequestScoped
public class LimitsReset {

    @Inject
    PublicFormLimiter forms;

    @Inject
    BeanManager beans;

    @DELETE
    public String forget() {
        forms.forgetAll();
        return "forgot the form buckets and " + clear(SignInThrottle.class, "counters") + " sign-in counters";
    }

    /** Empties the map in {@code field} of the application's instance of {@code type}, if it has made one. */
    private int clear(Class<?> type, String field) {
        // The instance itself, not the client proxy that injection gives (its fields are not the instance's).
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        Object instance = beans.getContext(ApplicationScoped.class).get(bean);
        if (instance == null) {
            return 0;
        }
        try {
            Field counts = type.getDeclaredField(field);
            counts.setAccessible(true);
            Map<?, ?> map = (Map<?, ?>) counts.get(instance);
            int size = map.size();
            map.clear();
            return size;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot empty " + type.getName() + "." + field, e);
        }
    }
}
