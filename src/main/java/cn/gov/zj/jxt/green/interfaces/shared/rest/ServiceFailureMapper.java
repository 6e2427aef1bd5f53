package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/**
 * A service that fails unexpectedly (a system exception, which the EJB container wraps) answers 500 with a
 * generic message and an incident number; what went wrong goes to the server log under that number, never
 * to the caller.
 */
@Provider
public class ServiceFailureMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(ServiceFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        Locale locale = locale();
        if (optimisticLockConflict(e)) {
            // Two people changed the same record at once: the later one is told, as for a stale version.
            return Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new PortalExceptionMapper.ErrorBody(409, "common.changedMeanwhile",
                            Messages.text(locale, "common.changedMeanwhile", "—"), List.of()))
                    .build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, e);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new PortalExceptionMapper.ErrorBody(500, "error.internal",
                        Messages.text(locale, "error.internal", incident), List.of()))
                .build();
    }

    private Locale locale() {
        return headers == null ? Messages.DEFAULT_LOCALE : headers.getAcceptableLanguages().stream()
                .filter(l -> !l.getLanguage().equals("*"))
                .findFirst()
                .orElse(Messages.DEFAULT_LOCALE);
    }

    static boolean optimisticLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
