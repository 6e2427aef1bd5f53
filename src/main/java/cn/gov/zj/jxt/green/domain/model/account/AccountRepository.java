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
}
