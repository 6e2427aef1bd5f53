package cn.gov.zj.jxt.green.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** The sign-in checks with the throttle and the tally, on fakes of the hasher, the accounts and the audit log. */
class SignInServiceTest {

    private static final String OUTSIDER = "203.0.113.7";
    private static final String OWNER = "198.51.100.20";

    private final long[] now = {1_000_000_000L};
    private final List<String> hashesChecked = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final Map<String, Account> byName = new HashMap<>();
    private final SignInService service = new SignInService();

    @BeforeEach
    void wire() {
        account(1L, "admin", "Right2025pass", true);
        account(2L, "retired", "Right2025pass", false);
        service.accounts = new Accounts();
        service.hasher = new Hasher();
        service.audit = new Audit();
        service.throttle = new SignInThrottle(() -> now[0]);
        service.tally = new FailedSignInTally(() -> now[0]);
        service.clock = new Clock();
        service.currentActor = new CurrentActor();
    }

    private Optional<Account> signIn(String name, String password, String address) {
        service.currentActor.clientAddress(address);
        return service.verify(name, password, SignInService.Kind.API);
    }

    @Test
    void everyAttemptChecksExactlyOneHashAndOnlyARightOneOpenWithTheAccountsOwn() {
        assertTrue(signIn("admin", "Right2025pass", OWNER).isPresent());
        assertEquals(List.of("h:Right2025pass"), hashesChecked);
        String accountHash = hashesChecked.get(0);
        for (String[] attempt : new String[][] {{"nobody", "Right2025pass"}, {"retired", "Right2025pass"},
                {"admin", "wrong-1"}, {"admin", "wrong-2"}, {"admin", "wrong-3"}, {"admin", "wrong-4"}}) {
            int before = hashesChecked.size();
            assertTrue(signIn(attempt[0], attempt[1], OUTSIDER).isEmpty(), attempt[0]);
            assertEquals(before + 1, hashesChecked.size(), "one hash check for " + attempt[0]);
        }
        assertTrue(signIn("admin", "wrong-5", OUTSIDER).isEmpty());
        int before = hashesChecked.size();
        assertTrue(signIn("admin", "Right2025pass", OUTSIDER).isEmpty(), "shut: refused");
        assertEquals(before + 1, hashesChecked.size(), "and still one hash check");
        assertFalse(hashesChecked.get(before).equals(accountHash), "the decoy's, not the account's");
        assertTrue(hashesChecked.get(1).startsWith("decoy"), "an unknown name checks the decoy");
        assertTrue(hashesChecked.get(2).startsWith("decoy"), "a disabled account checks the decoy");
    }

    @Test
    void anOutsiderShutsOnlyTheirOwnAddressAndAccountFailuresAreAuditedOneByOne() {
        for (int i = 0; i < 10; i++) {
            assertTrue(signIn("admin", "wrong-" + i, OUTSIDER).isEmpty());
        }
        assertTrue(signIn("admin", "Right2025pass", OUTSIDER).isEmpty());
        assertTrue(signIn("admin", "Right2025pass", OWNER).isPresent(), "the owner elsewhere signs in");
        assertEquals(List.of("203.0.113.7 account.signInFailed 1 null", "203.0.113.7 account.signInFailed 1 null",
                "203.0.113.7 account.signInFailed 1 null", "203.0.113.7 account.signInFailed 1 null",
                "203.0.113.7 account.signInFailed 1 null",
                "203.0.113.7 account.signInFailed null refusedWhileShut"), audited,
                "five checked failures with the account, then one entry for the refusals while shut");

        now[0] += FailedSignInTally.WINDOW.toNanos();
        service.auditClosedWindows();
        assertEquals("203.0.113.7 account.signInFailed null unknownNames=0, refusedWhileShut=6, windowMinutes=10",
                audited.get(audited.size() - 1));
    }

    @Test
    void unknownNamesAreAuditedInAggregatePerAddress() {
        for (int i = 0; i < 20; i++) {
            signIn("guess-" + i, "Whatever2025", OUTSIDER);
        }
        assertEquals(List.of("203.0.113.7 account.signInFailed null unknownName"), audited);
        now[0] += FailedSignInTally.WINDOW.toNanos();
        service.auditClosedWindows();
        assertEquals(2, audited.size());
        assertTrue(audited.get(1).contains("unknownNames=20"), audited.toString());
    }

    private void account(long id, String name, String password, boolean enabled) {
        Account account = new Account();
        try {
            java.lang.reflect.Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        account.setUsername(name);
        account.setRole(Role.ADMIN);
        account.setEnabled(enabled);
        account.changePasswordHash("h:" + password);
        byName.put(name, account);
    }

    private final class Hasher implements PasswordHashing {
        @Override
        public String hash(String password) {
            return password.startsWith("decoy") ? password : "h:" + password;
        }

        @Override
        public boolean matches(String password, String stored) {
            hashesChecked.add(stored);
            return stored.equals("h:" + password);
        }

        @Override
        public boolean needsRehash(String stored) {
            return false;
        }
    }

    private final class Audit implements AuditService {
        @Override
        public void event(Actor actor, String action, String entityType, Object entityId, String detail) {
            audited.add(actor.clientAddress() + " " + action + " " + entityId + " " + detail);
        }

        @Override
        public void changed(String action, Audited entity, Map<String, Object> before) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verify() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEntry> search(String action, String entityType, String actor, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Accounts implements AccountRepository {
        @Override
        public Optional<Account> findByUsername(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public Optional<Account> find(long id) {
            return Optional.empty();
        }

        @Override
        public Page<Account> search(Role role, String text, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return byName.size();
        }

        @Override
        public Account add(Account account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }

        @Override
        public void recordSignIn(long id, Instant when, String newPasswordHash) {
        }

        @Override
        public void upgradePasswordHash(long id, String newPasswordHash) {
        }
    }

    private static final class Clock implements PortalClock {
        @Override
        public Instant now() {
            return Instant.EPOCH;
        }

        @Override
        public LocalDate today() {
            return LocalDate.EPOCH;
        }
    }
}
