package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

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

    /** Switches language and shows the same page again. */
    public String switchTo(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
