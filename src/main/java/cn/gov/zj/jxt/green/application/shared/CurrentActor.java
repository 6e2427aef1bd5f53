package cn.gov.zj.jxt.green.application.shared;

import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;

/**
 * The actor of the current request: resolved once from the caller that the authentication mechanism
 * established for this request and the account as it is now in the database (a disabled account acts as
 * the public). Start-up work and timers run as {@link Actor#system()} through {@link #runAsSystem}.
 * <p>
 * The mechanism hands over the caller's name because WildFly does not carry the identity of an
 * application-defined Jakarta Security mechanism (integrated-jaspi=false) into EJB calls: inside the
 * services, {@code SecurityContext} would report "anonymous". Authorization is therefore the services'
 * own, by this actor, and no EJB role annotations are used.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    AccountRepository accounts;

    private String callerName;
    private String clientAddress;
    private Actor resolved;
    private Actor override;

    public Actor get() {
        if (override != null) {
            return override;
        }
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private Actor resolve() {
        if (callerName == null) {
            return Actor.anonymous(clientAddress);
        }
        return accounts.findByUsername(callerName)
                .filter(account -> account.isEnabled())
                .map(account -> Actor.of(account, clientAddress))
                .orElseGet(() -> Actor.anonymous(clientAddress));
    }

    /** Set by the authentication mechanism at the start of every request. */
    public void clientAddress(String address) {
        this.clientAddress = address;
        this.resolved = null;
    }

    /** Set by the authentication mechanism once it knows who the caller is. */
    public void authenticated(String name) {
        this.callerName = name;
        this.resolved = null;
    }

    /** Does {@code work} as {@code actor}: the demo loader acting the parts of the clerks, as they would. */
    public <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = override;
        override = actor;
        try {
            return work.get();
        } finally {
            override = previous;
        }
    }

    public <T> T runAsSystem(Supplier<T> work) {
        Actor previous = override;
        override = Actor.system();
        try {
            return work.get();
        } finally {
            override = previous;
        }
    }
}
