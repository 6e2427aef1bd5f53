package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Account> search(Role role, String text, PageRequest page) {
        return Paging.page(em, Account.class, (cb, root) -> filters(cb, root, role, text),
                (cb, root) -> List.of(cb.asc(root.get("username"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Account> root, Role role, String text) {
        List<Predicate> where = new ArrayList<>();
        if (role != null) {
            where.add(cb.equal(root.get("role"), role));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase() + "%";
            where.add(cb.or(cb.like(root.get("username"), like), cb.like(cb.lower(root.get("displayName")), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    @Override
    public void recordSignIn(long id, java.time.Instant when, String newPasswordHash) {
        em.createQuery("UPDATE Account a SET a.lastLoginAt = :when WHERE a.id = :id")
                .setParameter("when", when)
                .setParameter("id", id)
                .executeUpdate();
        if (newPasswordHash != null) {
            upgradePasswordHash(id, newPasswordHash);
        }
    }

    @Override
    public void upgradePasswordHash(long id, String newPasswordHash) {
        em.createQuery("UPDATE Account a SET a.passwordHash = :hash WHERE a.id = :id")
                .setParameter("hash", newPasswordHash)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
