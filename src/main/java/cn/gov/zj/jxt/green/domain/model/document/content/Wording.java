package cn.gov.zj.jxt.green.domain.model.document.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of one kind of document the portal issues, kept beside the Word templates: {@code
 * document-templates/<kind>.properties} (UTF-8) on the classpath; document-templates/README.md lists the kinds.
 * The wording is the department's and so Chinese whatever the reader's language: one file per kind, no language
 * variants. A text is a {@link MessageFormat} pattern; its arguments are written as strings, so that numbers and
 * years appear as they are (no digit grouping). A list (an annex table's columns) is one text with its items
 * separated by {@code |}.
 */
public final class Wording {

    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
    private static final Map<String, Wording> LOADED = new ConcurrentHashMap<>();

    private final String resource;
    private final Properties texts;

    private Wording(String resource, Properties texts) {
        this.resource = resource;
        this.texts = texts;
    }

    /** The wording of {@code kind}, read once. */
    public static Wording of(String kind) {
        return LOADED.computeIfAbsent(kind, Wording::load);
    }

    private static Wording load(String kind) {
        String resource = "/document-templates/" + kind + ".properties";
        try (InputStream in = Wording.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no wording " + resource + " on the classpath");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Wording(resource, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    /**
     * The text under {@code key} with its arguments filled in; null writes nothing.
     *
     * @throws IllegalStateException when the file has no such key: a document is never issued with a gap
     */
    public String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no text " + key + " in " + resource);
        }
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return new MessageFormat(pattern, LANGUAGE).format(strings);
    }

    /** The items of the list under {@code key}. */
    public List<String> list(String key) {
        return List.of(text(key).split("\\|", -1));
    }
}
