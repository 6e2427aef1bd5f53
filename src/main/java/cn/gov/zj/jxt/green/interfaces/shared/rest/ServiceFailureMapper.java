package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service that fails with a system exception, which the EJB container wraps. Two causes are the caller's and
 * answer as such: a parameter that breaks the service interface's constraints (400 on its field) and a record that
 * someone else changed at that moment (409). Anything else answers 500 with a generic message and an incident
 * number; what went wrong goes to the server log under that number, never to the caller.
 */
@Provider
public class ServiceFailureMapper implements ExceptionMapper<EJBException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(EJBException e) {
        return ApiErrors.answer(e, ApiErrors.locale(headers, uri), ApiErrors.method(resource));
    }
}
