package cn.gov.zj.jxt.green.application.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRepository;

/**
 * Checks a user name and password.
 * <ul>
 * <li>Every failure is audited with the account it was aimed at; never with what was typed as the user
 * name, which may be a mistyped password.</li>
 * <li>After {@value #MAX_FAILURES} failures within {@link #LOCK_WINDOW} (counted since the last sign-in), the
 * account refuses even its right password until the window has passed: guessing is slowed to a crawl. The
 * answer stays the same generic one, so that it does not tell which accounts exist.</li>
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

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_WINDOW = Duration.ofMinutes(15);

    private static final String TYPE = "Account";

    @Inject
    AccountRepository accounts;

    @Inject
    AuditRepository auditLog;

    @Inject
    PasswordHashing hasher;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    /** A hash to spend the same time on when the user name is unknown, so timing does not reveal accounts. */
    private volatile String decoy;

    public Optional<Account> verify(String username, String password, Kind kind) {
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.strip())
                .filter(Account::isEnabled);
        if (found.isEmpty()) {
            hasher.matches(password, decoy());
            audit.event(currentActor.get(), AuditService.SIGN_IN_FAILED, TYPE, null, null);
            return Optional.empty();
        }
        Account account = found.get();
        boolean locked = recentFailures(account) >= MAX_FAILURES;
        if (locked || !hasher.matches(password, account.getPasswordHash())) {
            audit.event(currentActor.get(), AuditService.SIGN_IN_FAILED, TYPE, account.getId(),
                    locked ? "locked" : null);
            return Optional.empty();
        }
        String upgraded = hasher.needsRehash(account.getPasswordHash()) ? hasher.hash(password) : null;
        if (kind == Kind.PAGE) {
            audit.event(Actor.of(account, currentActor.get().clientAddress()), AuditService.SIGN_IN, TYPE,
                    account.getId(), null);
            accounts.recordSignIn(account.getId(), clock.now(), upgraded);
        } else if (upgraded != null) {
            accounts.upgradePasswordHash(account.getId(), upgraded);
        }
        return Optional.of(account);
    }

    private long recentFailures(Account account) {
        Instant windowStart = clock.now().minus(LOCK_WINDOW);
        Instant lastSignIn = account.getLastLoginAt();
        Instant since = lastSignIn != null && lastSignIn.isAfter(windowStart) ? lastSignIn : windowStart;
        return auditLog.count(AuditService.SIGN_IN_FAILED, TYPE, String.valueOf(account.getId()), since);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash("decoy-password");
        }
        return decoy;
    }
}
