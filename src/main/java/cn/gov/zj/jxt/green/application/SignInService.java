package cn.gov.zj.jxt.green.application;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.infrastructure.security.PasswordHasher;
import cn.gov.zj.jxt.green.infrastructure.time.PortalClock;

/**
 * Checks a sign-in, audits it either way, and upgrades the stored hash when the configured iteration count
 * has risen since it was made.
 */
@Stateless
public class SignInService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    /** A hash to spend the same time on when the user name is unknown, so timing does not reveal accounts. */
    private volatile String decoy;

    public Optional<Account> verify(String username, String password) {
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.strip())
                .filter(Account::isEnabled);
        if (found.isEmpty() || !hasher.matches(password, found.get().getPasswordHash())) {
            if (found.isEmpty()) {
                hasher.matches(password, decoy());
            }
            audit.event(currentActor.get(), AuditService.SIGN_IN_FAILED, "Account",
                    found.map(Account::getId).orElse(null), username);
            return Optional.empty();
        }
        Account account = found.get();
        audit.event(Actor.of(account, currentActor.get().clientAddress()), AuditService.SIGN_IN, "Account",
                account.getId(), null);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.signedInAt(clock.now());
        return Optional.of(account);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash("decoy-password");
        }
        return decoy;
    }
}
