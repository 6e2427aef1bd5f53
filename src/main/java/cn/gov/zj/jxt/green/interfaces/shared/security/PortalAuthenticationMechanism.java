package cn.gov.zj.jxt.green.interfaces.shared.security;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.gov.zj.jxt.green.application.shared.CurrentActor;

/**
 * How people and programs prove who they are.
 * <ul>
 * <li>People sign in on the login page, which hands the credential to {@code SecurityContext.authenticate};
 * on success the session id is changed (no fixation) and the caller is kept in the session.</li>
 * <li>Programs calling {@code /api} send HTTP Basic credentials with each request; no session is made.</li>
 * <li>A protected page without a signed-in caller redirects to the login page, which returns there after
 * signing in; a protected API call answers 401.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** What the session remembers of a signed-in caller. */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CurrentActor currentActor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Runs first on every request: the audit log of sign-ins and of everything after knows the client.
        // Behind a reverse proxy, enable Undertow's proxy-address-forwarding so this is the client's address.
        currentActor.clientAddress(request.getRemoteAddr());
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        if (isApi(request) && request.getHeader("Authorization") != null) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            currentActor.authenticated(caller.name());
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return isApi(request) ? challenge(response, context) : redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The login page shows the failure itself; no 401 error page.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        currentActor.authenticated(result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return challenge(response, context);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new ApiCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        currentActor.authenticated(result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"green-portal\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?return="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        currentActor.authenticated(null);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }
}
