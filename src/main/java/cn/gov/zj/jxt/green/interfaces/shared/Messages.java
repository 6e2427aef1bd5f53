package cn.gov.zj.jxt.green.interfaces.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Looks up the portal's texts: labels and messages in {@code i18n.messages}, constraint messages in
 * {@code ValidationMessages}. Chinese is the default; English the second language.
 */
public final class Messages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... parameters) {
        String pattern = lookup("i18n.messages", locale, key);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    /**
     * The texts of one language, looked up once: for a page written in code, whose hundred labels would each look
     * the bundle up again ({@link ResourceBundle#getBundle} is a cache lookup, but not a free one).
     */
    public static Function<String, String> texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", supported(locale),
                Messages.class.getClassLoader());
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }

    public static String validation(Locale locale, String key) {
        return lookup("ValidationMessages", locale, key);
    }

    private static String lookup(String bundle, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundle, supported(locale), Messages.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English for English readers, Chinese for everyone else. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
