package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.IOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.application.AccessDeniedException;
import cn.gov.zj.jxt.green.application.RecordNotFoundException;

/**
 * A page whose data the actor may not see answers 403, a page for a record that does not exist 404, like
 * the API; the error pages say so in the reader's language. Everything else goes to the default handling
 * and the 500 page.
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
            int status = statusOf(events.next().getContext().getException());
            if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
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
