package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/**
 * The reader's language for this request: Chinese unless they chose English. The choice is kept in the
 * {@value #COOKIE} cookie, not in a session, so that reading the public pages never makes one: a page read by
 * thousands of anonymous readers (or a crawler) costs no server memory. Signed-in users keep theirs the same way.
 */
@Named
@RequestScoped
public class LocaleSelection {

    /** The cookie that remembers the language: {@code en} or {@code zh-CN}. */
    public static final String COOKIE = "lang";

    /** A year: the language is a preference, not a secret, and outlives any visit. */
    private static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isEnglish() {
        return getLocale().getLanguage().equals("en");
    }

    /**
     * Takes the reader's choice: English for {@code en}, Chinese for anything else; and remembers it in the cookie
     * when it differs from what the cookie says.
     */
    public void choose(String language) {
        Locale chosen = Messages.supported(Locale.forLanguageTag(language.strip()));
        boolean changed = !chosen.equals(fromCookie());
        locale = chosen;
        if (changed) {
            remember(chosen);
        }
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

    private static Locale fromCookie() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return Messages.DEFAULT_LOCALE;
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
        return ofCookie(cookie instanceof Cookie c ? c.getValue() : null);
    }

    /** The language a {@value #COOKIE} cookie's value chooses (Chinese when there is none). */
    public static Locale ofCookie(String value) {
        return value == null ? Messages.DEFAULT_LOCALE : Messages.supported(Locale.forLanguageTag(value.strip()));
    }

    private static void remember(Locale chosen) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getExternalContext().isResponseCommitted()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_MAX_AGE);
        cookie.setSecure(request.isSecure());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    }
}
