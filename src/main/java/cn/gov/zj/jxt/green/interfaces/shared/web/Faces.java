package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/** Small helpers for backing beans: messages from the bundle in the view's language, redirects. */
public final class Faces {

    private Faces() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... parameters) {
        return Messages.text(locale(), key, parameters);
    }

    public static void info(String key, Object... parameters) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, parameters));
    }

    public static void error(String clientId, String key, Object... parameters) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, parameters));
    }

    /**
     * Shows a service's refusal: each invalid field beside its input (client ids by field name, when the
     * page names them), anything else at the top of the page.
     */
    public static void show(PortalException e, Map<String, String> clientIdsByField) {
        if (e instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> add(clientIdsByField.get(v.field()), FacesMessage.SEVERITY_ERROR,
                    Messages.validation(locale(), v.messageKey())));
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), Clauses.citeAll(e.parameters(), locale())));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Answers 404 with the page still shown: a receipt code that names nothing, with the page's message why. */
    public static void notFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /**
     * A parameter a postback carries, or {@code null} on a first GET. Stateless public views keep nothing between
     * requests: their request-scoped beans read what the page's form sent (a search text, the filters of a table
     * being paged) before the components need it.
     */
    public static String posted(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.isPostback() ? context.getExternalContext().getRequestParameterMap().get(name) : null;
    }

    /** Keeps this request's messages for the page the browser is redirected to. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
