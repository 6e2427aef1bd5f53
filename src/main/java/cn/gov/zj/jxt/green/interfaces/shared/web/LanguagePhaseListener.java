package cn.gov.zj.jxt.green.interfaces.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Gives every request the reader's language from the moment its view is restored, so that view actions (a receipt
 * looked up from its link, a record loaded) already answer in it; and takes a language chosen with the request's
 * {@code lang} parameter, which {@link LocaleSelection} then remembers in a cookie (never in a session). The layout's switch sends {@code lang} with the page's own address (its view parameters
 * stay) or, once something has been typed, with the form being filled in, so that what was typed comes back.
 */
public class LanguagePhaseListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The request parameter that chooses the language: {@code en} or {@code zh-CN}. */
    public static final String PARAMETER = "lang";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null) {
            return;
        }
        LocaleSelection selection = CDI.current().select(LocaleSelection.class).get();
        String chosen = context.getExternalContext().getRequestParameterMap().get(PARAMETER);
        if (chosen != null && !chosen.isBlank()) {
            selection.choose(chosen);
        }
        context.getViewRoot().setLocale(selection.getLocale());
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }
}
