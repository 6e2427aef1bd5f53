package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PortalExceptionMapper.FieldError;

/**
 * Bean Validation on a resource's or a service's parameters ({@code @NotNull} on a body that must be there, the
 * constraints of a service interface): 400 with each field's message in the caller's language. A parameter is named
 * as the caller knows it: a property of the body by its own name, the body itself {@code body}, a path or query
 * parameter by its name. A broken constraint on a return value is a fault of ours: 500 with an incident number.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return respond(e, ApiErrors.locale(headers, uri));
    }

    static Response respond(ConstraintViolationException e, Locale locale) {
        if (e.getConstraintViolations() == null || e.getConstraintViolations().isEmpty()
                || e.getConstraintViolations().stream().anyMatch(ConstraintViolationMapper::onReturnValue)) {
            return ApiErrors.incident(e, locale);
        }
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), message(v, locale)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ApiErrors.body(400, "error.invalidInput", fields.get(0).message(), fields);
    }

    private static boolean onReturnValue(ConstraintViolation<?> v) {
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "{request.bodyRequired}" in the caller's language; a constraint's default message as a value not accepted. */
    private static String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        String text = Messages.validation(locale, key);
        return text.equals(key) ? Messages.validation(locale, "request.valueInvalid") : text;
    }

    static String field(ConstraintViolation<?> v) {
        Class<?>[] parameterTypes = null;
        String methodName = null;
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> {
                    methodName = node.getName();
                    parameterTypes = node.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new);
                }
                case PARAMETER -> parameter = parameterName(v.getRootBeanClass(), methodName, parameterTypes,
                        node.as(Path.ParameterNode.class).getParameterIndex(), node.getName());
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        properties.add(node.getName());
                    }
                }
                default -> {
                    // The bean itself or a cross-parameter constraint adds nothing to the name.
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }

    /**
     * A parameter by the name the caller gave it: its path, query, form, header or cookie name, or "body" for a
     * resource method's entity. The root bean may be a container's proxy, whose methods carry no annotations: the
     * resource class above it does.
     */
    private static String parameterName(Class<?> type, String methodName, Class<?>[] parameterTypes, int index,
            String fallback) {
        if (methodName == null || parameterTypes == null) {
            return fallback;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                continue;
            }
            try {
                Method method = c.getDeclaredMethod(methodName, parameterTypes);
                return parameterName(method.getParameters()[index].getAnnotations());
            } catch (NoSuchMethodException e) {
                return fallback;
            }
        }
        return fallback;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "body";
    }
}
