package cn.gov.zj.jxt.green.interfaces.shared.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import cn.gov.zj.jxt.green.application.account.SignInService;
import cn.gov.zj.jxt.green.domain.model.account.Account;

/**
 * Checks a user name and password against the portal's accounts; the account's role is its one group. A
 * person signing in on the login page is a sign-in; an API call's credentials are checked the same way but
 * recorded only when they fail.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    /** Dispatches by credential type itself (the interface's reflective default misses subclasses). */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInService.Kind kind = credential instanceof ApiCredential ? SignInService.Kind.API
                : SignInService.Kind.PAGE;
        return result(signIn.verify(password.getCaller(), password.getPasswordAsString(), kind));
    }

    private static CredentialValidationResult result(Optional<Account> account) {
        return account.map(a -> new CredentialValidationResult(a.getUsername(), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
