package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.TooManyRequestsException;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/**
 * Turns a service's refusal into a status and a JSON body whose messages are in the caller's language
 * ({@code ?lang=}, the {@code lang} cookie or Accept-Language; Chinese by default): 400 invalid input with each
 * field's message, 403, 404, 409, 429. Every other failure of a call answers the same {@link ErrorBody}
 * ({@link ApiErrors}).
 */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

    public record FieldError(String field, String message) {
    }

    public record ErrorBody(int status, String error, String message, List<FieldError> fields) {
    }

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(PortalException e) {
        return respond(e, ApiErrors.locale(headers, uri));
    }

    static Response respond(PortalException e, Locale locale) {
        Response.Status status = statusOf(e);
        List<FieldError> fields = e instanceof InvalidInputException invalid
                ? invalid.violations().stream()
                        .map(v -> new FieldError(v.field(), Messages.validation(locale, v.messageKey())))
                        .toList()
                : e instanceof InvalidTemplateException template
                ? template.problems().stream()
                        .map(p -> new FieldError("file", Messages.text(locale, p.messageKey(), p.params())))
                        .toList()
                : List.of();
        String message = fields.isEmpty() || !(e instanceof InvalidInputException)
                ? Messages.text(locale, e.messageKey(), Clauses.citeAll(e.parameters(), locale))
                : fields.get(0).message();
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status.getStatusCode(), e.messageKey(), message, fields))
                .build();
    }

    static Response.Status statusOf(PortalException e) {
        if (e instanceof AccessDeniedException) {
            return Response.Status.FORBIDDEN;
        }
        if (e instanceof RecordNotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (e instanceof BusinessRuleException) {
            return Response.Status.CONFLICT;
        }
        if (e instanceof TooManyRequestsException) {
            return Response.Status.TOO_MANY_REQUESTS;
        }
        return Response.Status.BAD_REQUEST;
    }
}
