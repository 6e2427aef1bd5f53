package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PortalExceptionMapper.ErrorBody;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PortalExceptionMapper.FieldError;

/**
 * What every failed API call answers, whatever failed and wherever a framework wrapped it: a status and an
 * {@link ErrorBody} in the caller's language. A refusal the portal made on purpose keeps its status and messages;
 * a request the runtime could not read (JSON that does not parse or does not fit, a value of the wrong type or
 * outside an enumeration, a malformed multipart body, a path or query parameter that does not convert) answers
 * 400 with the field it concerns; an unsupported media type 415, an unknown address 404, a wrong method 405.
 * Anything else is unexpected: 500 with an incident number, the cause logged under that number and never shown.
 */
final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    /** How RESTEasy names a parameter it could not convert: {@code jakarta.ws.rs.QueryParam("first")}. */
    private static final Pattern PARAMETER =
            Pattern.compile("(?:Path|Query|Form|Header|Cookie|Matrix)Param\\(\"([^\"]*)\"\\)");

    /** How JSON-B (Yasson) names the property whose value it could not read, outermost first. */
    private static final Pattern PROPERTY = Pattern.compile("property '([\\w.]+)'");

    /** The JAX-RS runtime's classes, whose entity readers throw what they cannot read. */
    private static final String RUNTIME_PACKAGE = "org.jboss.resteasy.";

    /** RESTEasy's multipart parser, whose {@code parse} throws what it cannot read in a multipart body. */
    private static final String MULTIPART_PARSER = RUNTIME_PACKAGE + "plugins.providers.multipart.Multipart";

    /** The query parameter and cookie of the portal's language choice, as on the pages. */
    static final String LANGUAGE = "lang";

    private ApiErrors() {
    }

    /** The caller's language: {@code ?lang=}, then the {@code lang} cookie, then Accept-Language; Chinese by default. */
    static Locale locale(HttpHeaders headers, UriInfo uri) {
        String chosen = uri == null ? null : uri.getQueryParameters().getFirst(LANGUAGE);
        if (chosen == null && headers != null) {
            Cookie cookie = headers.getCookies().get(LANGUAGE);
            chosen = cookie == null ? null : cookie.getValue();
        }
        if (chosen != null && !chosen.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(chosen.strip()));
        }
        if (headers == null) {
            return Messages.DEFAULT_LOCALE;
        }
        try {
            return headers.getAcceptableLanguages().stream()
                    .filter(l -> !l.getLanguage().equals("*"))
                    .findFirst()
                    .map(Messages::supported)
                    .orElse(Messages.DEFAULT_LOCALE);
        } catch (RuntimeException malformedHeader) {
            return Messages.DEFAULT_LOCALE;
        }
    }

    /** The resource method the request matched, or {@code null} when it matched none. */
    static Method method(ResourceInfo resource) {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (RuntimeException noneMatched) {
            return null;
        }
    }

    /** The answer to {@code e}, which no narrower mapper took or which a framework wrapped. */
    static Response answer(Throwable e, Locale locale) {
        return answer(e, locale, null);
    }

    /**
     * As {@link #answer(Throwable, Locale)}, for a call to {@code method} (or {@code null} when none matched): a body
     * JSON-B could not read is then refused on the property its type says.
     */
    static Response answer(Throwable e, Locale locale, Method method) {
        List<Throwable> chain = chain(e);
        if (LOG.isLoggable(Level.FINE)) {
            // Why a request was refused, for whoever looks into a client's complaint; the caller sees none of it.
            LOG.fine(() -> "API request refused: " + chain.stream().map(t -> t.getClass().getName() + ": "
                    + t.getMessage()).toList());
        }
        for (Throwable t : chain) {
            if (t instanceof PortalException refusal) {
                return PortalExceptionMapper.respond(refusal, locale);
            }
            if (t instanceof ConstraintViolationException violations) {
                return ConstraintViolationMapper.respond(violations, locale);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                // Two people changed the same record at once: the later one is told, as for a stale version.
                return body(409, "common.changedMeanwhile", Messages.text(locale, "common.changedMeanwhile", "—"),
                        List.of());
            }
        }
        for (Throwable t : chain) {
            if (t instanceof WebApplicationException refused) {
                return webApplication(refused, chain, locale, method);
            }
            if (unreadable(t)) {
                return unreadableBody(chain, locale, method);
            }
        }
        return incident(e, locale);
    }

    /**
     * A status the runtime chose. A response the code built itself (a redirect, a body of its own) goes out as it
     * is; a parameter that did not convert is the caller's mistake, 400 on that parameter, whatever the
     * specification's 404 for path and query parameters.
     */
    private static Response webApplication(WebApplicationException e, List<Throwable> chain, Locale locale,
            Method method) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (original != null && (status < 400 || original.hasEntity())) {
            return original;
        }
        Matcher parameter = e.getMessage() == null ? null : PARAMETER.matcher(e.getMessage());
        if ((status == 400 || status == 404) && e.getCause() != null && parameter != null
                && parameter.find()) {
            return invalid(locale, new FieldError(parameter.group(1),
                    Messages.validation(locale, "request.parameterInvalid")));
        }
        if (status == 400) {
            // The runtime could not take the arguments it was sent: the body, since parameters name themselves.
            return unreadableBody(chain, locale, method);
        }
        if (status >= 500) {
            return incident(e, locale);
        }
        String key = switch (status) {
            case 400 -> "error.invalidInput";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.accessDenied";
            case 404 -> "error.noSuchAddress";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> "error.badRequest";
        };
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, key, Messages.text(locale, key), List.of()));
        // Allow (405), WWW-Authenticate (401) and the like stay: they tell the caller what to do instead.
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    /**
     * Thrown while the request's body was read: JSON that does not parse or does not fit the type, or a multipart
     * body without a boundary or with a part without its headers. Reading happens in a reader's {@code readFrom}.
     */
    private static boolean unreadable(Throwable t) {
        if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
            return true;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            // Thrown inside the runtime's entity readers; not inside a library our own code calls.
            if (frame.getMethodName().equals("readFrom") && frame.getClassName().startsWith(RUNTIME_PACKAGE)) {
                return true;
            }
            // The multipart parser, run by a filter before any reader: a part without its Content-Disposition.
            if (frame.getMethodName().equals("parse") && frame.getClassName().startsWith(MULTIPART_PARSER)) {
                return true;
            }
        }
        return false;
    }

    /** 400 on the property JSON-B names ({@code items.score}), or on the body when it names none. */
    private static Response unreadableBody(List<Throwable> chain, Locale locale, Method method) {
        boolean json = chain.stream().anyMatch(t -> t instanceof JsonbException || t instanceof JsonException);
        List<String> path = new ArrayList<>();
        for (Throwable t : chain) {
            if (t.getMessage() != null && (t instanceof JsonbException || t instanceof ProcessingException)) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                while (property.find()) {
                    if (!path.contains(property.group(1))) {
                        path.add(property.group(1));
                    }
                }
                if (!path.isEmpty()) {
                    break;
                }
            }
        }
        if (path.isEmpty()) {
            chain.stream().map(t -> BodyFields.ofEnumFailure(method, t.getMessage())).flatMap(Optional::stream)
                    .findFirst().ifPresent(path::add);
        }
        String key = syntax(chain) ? "request.bodyNotJson" : json || !path.isEmpty() ? "request.valueInvalid"
                : "request.bodyMalformed";
        FieldError field = new FieldError(path.isEmpty() ? "body" : String.join(".", path),
                Messages.validation(locale, key));
        return invalid(locale, field);
    }

    /** JSON that does not parse, as opposed to JSON that parses into something the body cannot be. */
    private static boolean syntax(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof JsonParsingException || t.getMessage() != null
                && (t.getMessage().contains("Invalid token") || t.getMessage().contains("Unexpected char")));
    }

    static Response invalid(Locale locale, FieldError field) {
        return body(400, "error.invalidInput", field.message(), List.of(field));
    }

    /** 500 with an incident number; the cause goes to the server log under that number. */
    static Response incident(Throwable e, Locale locale) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, e);
        return body(500, "error.internal", Messages.text(locale, "error.internal", incident), List.of());
    }

    static Response body(int status, String error, String message, List<FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, error, message, fields))
                .build();
    }

    /** {@code e} and its causes, each once. */
    private static List<Throwable> chain(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
