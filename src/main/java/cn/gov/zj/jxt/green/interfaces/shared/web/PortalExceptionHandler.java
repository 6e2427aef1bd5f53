package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.security.UrlRefusalServlet;

/**
 * A page whose data the actor may not see answers 403, a page for a record that does not exist 404, like
 * the API; the error pages say so in the reader's language. A form posted after its view expired (or with
 * a forged view state) brings the reader back to the same page with a message. Everything else goes to the
 * default handling and the 500 page.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            ViewExpiredException expired = find(exception, ViewExpiredException.class);
            if (expired != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                showAgain(context, expired.getViewId(), "errors.expired.retry");
                return;
            }
            // Someone else changed the same record at the same moment: like a stale form, show it afresh.
            if (find(exception, OptimisticLockException.class) != null && context.getViewRoot() != null
                    && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                showAgain(context, context.getViewRoot().getViewId(), "errors.conflict.retry");
                return;
            }
            int status = statusOf(exception);
            if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                // The service's access policy has audited its refusal; the 403 error page need not again.
                context.getExternalContext().getRequestMap().put(UrlRefusalServlet.AUDITED, Boolean.TRUE);
                try {
                    context.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
                return;
            }
        }
        getWrapped().handle();
    }

    /**
     * Back to the page, as a fresh GET. Edit forms post the record's id as a plain "id" field, so that the
     * reader returns to the same record rather than to a blank form.
     */
    private static void showAgain(FacesContext context, String viewId, String messageKey) {
        Locale locale = CDI.current().select(LocaleSelection.class).get().getLocale();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.text(locale, messageKey), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
        String id = context.getExternalContext().getRequestParameterMap().get("id");
        String query = id != null && id.matches("\\d{1,18}") ? "?id=" + id : "";
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + viewId + query);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static int statusOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (t instanceof RecordNotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }
}
