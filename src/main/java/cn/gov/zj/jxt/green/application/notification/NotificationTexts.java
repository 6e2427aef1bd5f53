package cn.gov.zj.jxt.green.application.notification;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of inbox entries and mail, from the portal's bundle under {@code notification.*}, in the recipients'
 * language. A notification to a role or an organisation is stored once for all of its readers and mailed to each
 * as stored, and accounts record no language of their own (the language a reader picks lasts only for the
 * session): so the recipients' language is the portal's default, Chinese. Dates are written as the documents
 * write them (2025年6月30日).
 */
public final class NotificationTexts {

    /** The language every notification is written in; see the class comment. */
    public static final Locale RECIPIENTS_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private NotificationTexts() {
    }

    /**
     * The text under {@code key} with its arguments filled in. Arguments are written as strings, so that
     * MessageFormat writes them as they are (no digit grouping in ids or years); null writes nothing.
     *
     * @throws IllegalStateException when the bundle has no such key: a notification is never sent as a key
     */
    public static String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("i18n.messages", RECIPIENTS_LANGUAGE,
                    NotificationTexts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in the bundle", e);
        }
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return texts.length == 0 ? pattern : new MessageFormat(pattern, RECIPIENTS_LANGUAGE).format(texts);
    }

    /** A day as the recipients' language writes it; nothing for no day. */
    public static String date(LocalDate day) {
        return day == null ? "" : DocumentContent.chineseDate(day);
    }
}
