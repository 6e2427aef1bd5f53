package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.IOException;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose record id is no number ({@code notice.xhtml?id=abc}) names no record: 404, as an unknown id does
 * (the view action's {@code RecordNotFoundException}), instead of the page rendered without its record.
 */
public class RecordAddressPhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final String RECORD_PARAMETER = "id";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null) {
            return;
        }
        boolean badId = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .anyMatch(p -> RECORD_PARAMETER.equals(p.getName()) && !p.isValid());
        if (badId && !context.getExternalContext().isResponseCommitted()) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are not converted yet
    }
}
