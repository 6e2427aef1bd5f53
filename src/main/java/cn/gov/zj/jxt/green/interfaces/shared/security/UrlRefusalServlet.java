package cn.gov.zj.jxt.green.interfaces.shared.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;

/**
 * The error page of every 403 (web.xml): a refusal by a URL constraint of web.xml — a signed-in caller outside the
 * roles of {@code /admin/*} or {@code /api/admin/*} — is written to the audit log like a service's refusal, then
 * answered as the API or the pages answer a refusal (the API's JSON body, or errors/403.xhtml). Refusals that a
 * service already audited (pages report them through {@link #AUDITED}) are not written twice; anonymous refusals
 * are not written at all — the caller is unknown, and the log must not grow at an anonymous caller's will.
 */
public class UrlRefusalServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A request attribute set (to anything) by whoever audited the refusal before sending 403. */
    public static final String AUDITED = UrlRefusalServlet.class.getName() + ".audited";
    static final String PAGE = "/errors/403.xhtml";

    @Inject
    transient AuditService audit;

    @Inject
    transient CurrentActor currentActor;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getUserPrincipal() != null && request.getAttribute(AUDITED) == null
                && currentActor.get().isSignedIn()) {
            request.setAttribute(AUDITED, Boolean.TRUE);
            audit.event(currentActor.get(), AuditService.ACCESS_DENIED, null, null,
                    "url " + request.getMethod() + " " + ApiRefusal.clip(uri));
        }
        if (ApiRefusal.isApi(request, uri)) {
            ApiRefusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.accessDenied");
        } else {
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
    }
}
