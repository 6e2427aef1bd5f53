package cn.gov.zj.jxt.green.application.account;

import jakarta.validation.constraints.NotNull;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** Accounts as administrators manage them (supervisors may read). */
public interface AccountService {

    Page<Account> search(Role role, String text, @NotNull PageRequest page);

    Account get(long id);

    /** A blank account for the creation form, if the actor may create accounts. */
    Account prepareCreation();

    Account create(@NotNull Account account, @NotNull String initialPassword);

    /**
     * Changes an account as it was when the form was opened ({@code expectedVersion}), and sets a new
     * password when {@code newPassword} is not blank, all or nothing.
     */
    Account update(long id, long expectedVersion, @NotNull Account changes, String newPassword);

    /** The signed-in person changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);
}
