package cn.gov.zj.jxt.green.infrastructure.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import cn.gov.zj.jxt.green.application.SignInService;

/** Checks a user name and password against the portal's accounts; the account's role is its one group. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.verify(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getUsername(),
                        Set.of(account.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
