package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/** The reader's language for this session: Chinese unless they choose English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.DEFAULT_LOCALE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** Takes the reader's choice: English for {@code en}, Chinese for anything else. */
    public void choose(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language.strip()));
    }

    /**
     * The address of this page in the other language: the same path and parameters (a record's id, a search's
     * filters) with {@code lang} set. The layout's script posts the form being filled in instead, when there is one.
     */
    public String switchUrl(String language) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getViewHandler().getBookmarkableURL(context,
                context.getViewRoot().getViewId(), Map.of(LanguagePhaseListener.PARAMETER, List.of(language)), true);
    }
}
