package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request the JAX-RS runtime refused before any of our code ran: no such address (404), a method the address
 * does not take (405), a media type it does not read (415) or write (406), a parameter or body it could not
 * convert (400 on that field). The runtime's own text, which names its classes, never reaches the caller.
 */
@Provider
public class RequestFailureMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(WebApplicationException e) {
        return ApiErrors.answer(e, ApiErrors.locale(headers, uri), ApiErrors.method(resource));
    }
}
