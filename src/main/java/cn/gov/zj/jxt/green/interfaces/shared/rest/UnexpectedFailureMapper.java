package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Whatever no narrower mapper takes. A body that could not be read (JSON-B's and the multipart reader's failures
 * come as processing exceptions, I/O exceptions or plain runtime exceptions) answers 400; anything else is a fault
 * of ours: 500 with an incident number, the stack trace in the server log under it, nothing of it in the answer.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(Throwable e) {
        return ApiErrors.answer(e, ApiErrors.locale(headers, uri), ApiErrors.method(resource));
    }
}
