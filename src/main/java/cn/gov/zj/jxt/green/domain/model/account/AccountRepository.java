package cn.gov.zj.jxt.green.domain.model.account;

import java.util.Optional;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    Page<Account> search(Role role, String text, PageRequest page);

    long count();

    Account add(Account account);

    /** Writes pending changes now, so that constraint violations surface inside the service. */
    void flush();

    /**
     * Records a sign-in (and a re-hashed password, when not {@code null}) without counting as a change of
     * the account, so that signing in never collides with an administrator editing it.
     */
    void recordSignIn(long id, java.time.Instant when, String newPasswordHash);

    /** Stores a re-hashed password (same password, more iterations), likewise outside versioning. */
    void upgradePasswordHash(long id, String newPasswordHash);
}
