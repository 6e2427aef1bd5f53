package cn.gov.zj.jxt.green.application.account;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;

/**
 * Checks a user name and password.
 * <ul>
 * <li>Every failure gives the same answer after the same work, one password hash check: a name that is no
 * enabled account is checked against a decoy hash, and so is an attempt the {@link SignInThrottle} refuses. So
 * neither the answer nor its time tells whether an account exists, is disabled or is being throttled.</li>
 * <li>The throttle counts failures per user name and client address and per address: an outsider slows
 * only their own address, never the account's owner elsewhere. No account is ever locked as such.</li>
 * <li>A failure aimed at an existing, enabled account is audited with that account, never with what was typed
 * as the user name, which may be a mistyped password. Unknown names and refusals while shut are audited in
 * aggregate per address ({@link FailedSignInTally}): the first at once, the window's counts when it closes.</li>
 * <li>A person's sign-in is audited and stamped on the account; an API call's credentials are not a
 * sign-in and leave no trace when they are right.</li>
 * <li>A hash made with fewer iterations than configured is upgraded with the password just given.</li>
 * </ul>
 */
@Stateless
public class SignInService {

    public enum Kind {
        /** A person on the login page. */
        PAGE,
        /** An API client's credentials on a request. */
        API
    }

    static final String UNKNOWN_NAME = "unknownName";
    static final String SHUT = "refusedWhileShut";
    private static final String TYPE = "Account";

    /** A hash to spend the same time on when there is no account's hash to check, made once. */
    private static volatile String decoy;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    @Inject
    SignInThrottle throttle;

    @Inject
    FailedSignInTally tally;

    public Optional<Account> verify(String username, String password, Kind kind) {
        String name = username == null ? "" : username.strip();
        Actor actor = currentActor.get();
        String address = actor.clientAddress();
        Optional<Account> found = accounts.findByUsername(name).filter(Account::isEnabled);
        boolean shut = throttle.shut(name, address);
        String hash = found.isPresent() && !shut ? found.get().getPasswordHash() : decoy();
        boolean right = hasher.matches(password == null ? "" : password, hash) && found.isPresent() && !shut;
        if (right) {
            throttle.succeeded(name, address);
            return Optional.of(signedIn(found.get(), password, kind, address));
        }
        if (!shut) {
            throttle.failed(name, address);
        }
        if (found.isPresent() && !shut) {
            audit.event(actor, AuditService.SIGN_IN_FAILED, TYPE, found.get().getId(), null);
        } else if (tally.count(address, found.isEmpty())) {
            audit.event(actor, AuditService.SIGN_IN_FAILED, TYPE, null, found.isEmpty() ? UNKNOWN_NAME : SHUT);
        }
        return Optional.empty();
    }

    /** Audits the counts of the failure windows that have closed (a timer calls it). */
    public void auditClosedWindows() {
        for (FailedSignInTally.Window window : tally.closeDue()) {
            audit.event(Actor.anonymous(window.address()), AuditService.SIGN_IN_FAILED, TYPE, null,
                    window.detail());
        }
    }

    private Account signedIn(Account account, String password, Kind kind, String address) {
        String upgraded = hasher.needsRehash(account.getPasswordHash()) ? hasher.hash(password) : null;
        if (kind == Kind.PAGE) {
            audit.event(Actor.of(account, address), AuditService.SIGN_IN, TYPE, account.getId(), null);
            accounts.recordSignIn(account.getId(), clock.now(), upgraded);
        } else if (upgraded != null) {
            accounts.upgradePasswordHash(account.getId(), upgraded);
        }
        return account;
    }

    private String decoy() {
        String made = decoy;
        if (made == null) {
            made = hasher.hash("decoy-" + System.nanoTime());
            decoy = made;
        }
        return made;
    }
}
