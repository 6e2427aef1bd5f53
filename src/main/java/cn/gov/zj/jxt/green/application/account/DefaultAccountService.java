package cn.gov.zj.jxt.green.application.account;

import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@Stateless
public class DefaultAccountService implements AccountService {

    private static final String TYPE = "Account";

    @Inject
    AccountRepository accounts;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHashing hasher;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    @Inject
    PortalClock clock;

    @Override
    public Page<Account> search(Role role, String text, PageRequest page) {
        access.requireRole(currentActor.get(), "account.search", Role.ADMIN, Role.SUPERVISOR);
        return accounts.search(role, text, page);
    }

    @Override
    public Account get(long id) {
        access.requireRole(currentActor.get(), "account.read", Role.ADMIN, Role.SUPERVISOR);
        return accounts.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }

    @Override
    public Account prepareCreation() {
        access.requireRole(currentActor.get(), "account.create", Role.ADMIN);
        return new Account();
    }

    @Override
    public Account create(Account account, String initialPassword) {
        access.requireRole(currentActor.get(), "account.create", Role.ADMIN);
        resolveAndCheck(account);
        passwordPolicy.check(initialPassword, account.getUsername(), account.getDisplayName());
        if (accounts.findByUsername(account.getUsername()).isPresent()) {
            throw new BusinessRuleException("account.username.taken", account.getUsername());
        }
        account.changePasswordHash(hasher.hash(initialPassword));
        account.createdAt(clock.now());
        accounts.add(account);
        UniqueConstraint.flush(accounts::flush,
                () -> new BusinessRuleException("account.username.taken", account.getUsername()));
        audit.changed("account.create", account, null);
        return account;
    }

    @Override
    public Account update(long id, long expectedVersion, Account changes, String newPassword) {
        access.requireRole(currentActor.get(), "account.update", Role.ADMIN);
        Account account = accounts.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        changes.setUsername(account.getUsername());
        resolveAndCheck(changes);
        if (account.getId().equals(currentActor.get().accountId()) && (!changes.isEnabled()
                || changes.getRole() != Role.ADMIN)) {
            throw new BusinessRuleException("account.selfLockout");
        }
        boolean passwordChange = newPassword != null && !newPassword.isBlank();
        if (passwordChange) {
            passwordPolicy.check(newPassword, account.getUsername(), changes.getDisplayName());
        }
        Versions.require(account.getVersion(), expectedVersion, account.getUsername());
        Map<String, Object> before = account.auditState();
        account.setDisplayName(changes.getDisplayName());
        account.setEmail(changes.getEmail());
        account.setRole(changes.getRole());
        account.setRegion(changes.getRegion());
        account.setOrganisation(changes.getOrganisation());
        account.setEnabled(changes.isEnabled());
        audit.changed("account.update", account, before);
        if (passwordChange) {
            account.changePasswordHash(hasher.hash(newPassword));
            audit.changed("account.resetPassword", account, account.auditState());
        }
        return account;
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = currentActor.get();
        if (actor.accountId() == null) {
            access.deny(actor, "account.changeOwnPassword", TYPE, null);
        }
        Account account = accounts.find(actor.accountId())
                .orElseThrow(() -> new RecordNotFoundException(TYPE, actor.accountId()));
        if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw InputValidation.violation("currentPassword", "account.password.currentWrong");
        }
        passwordPolicy.check(newPassword, account.getUsername(), account.getDisplayName());
        if (newPassword.equals(currentPassword)) {
            throw InputValidation.violation("newPassword", "account.password.unchanged");
        }
        account.changePasswordHash(hasher.hash(newPassword));
        audit.changed("account.changeOwnPassword", account, account.auditState());
    }

    /**
     * Replaces the region and organisation the input names by the stored ones and checks that they fit the
     * role: a city clerk needs a city, a county clerk a county, an applicant a listed-unit organisation, an
     * institution an institution; other roles have neither.
     */
    private void resolveAndCheck(Account account) {
        Region region = account.getRegion() == null ? null
                : regions.find(account.getRegion().getCode()).orElse(null);
        Organisation organisation = account.getOrganisation() == null || account.getOrganisation().getId() == null
                ? null : organisations.find(account.getOrganisation().getId()).orElse(null);
        account.setRegion(region);
        account.setOrganisation(organisation);
        validation.require(account);
        Role role = account.getRole();
        if (role == Role.PUBLIC) {
            throw InputValidation.violation("role", "account.role.public");
        }
        if (role == Role.CITY_CLERK && (region == null || region.getLevel() != RegionLevel.CITY)) {
            throw InputValidation.violation("region", "account.region.city");
        }
        if (role == Role.COUNTY_CLERK && (region == null || region.getLevel() != RegionLevel.COUNTY)) {
            throw InputValidation.violation("region", "account.region.county");
        }
        if (!role.needsRegion()) {
            account.setRegion(null);
        }
        if (role == Role.APPLICANT && (organisation == null || organisation.getType() == OrganisationType.INSTITUTION)) {
            throw InputValidation.violation("organisation", "account.organisation.applicant");
        }
        if (role == Role.INSTITUTION && (organisation == null
                || organisation.getType() != OrganisationType.INSTITUTION)) {
            throw InputValidation.violation("organisation", "account.organisation.institution");
        }
        if (!role.needsOrganisation()) {
            account.setOrganisation(null);
        }
    }
}
