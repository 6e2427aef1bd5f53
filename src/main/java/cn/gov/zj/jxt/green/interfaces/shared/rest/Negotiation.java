package cn.gov.zj.jxt.green.interfaces.shared.rest;

import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * What open data is asked for besides its filters: the reader's language, and for lists that are also offered as a
 * table, CSV or JSON. A parameter in the address decides when given, so that a link can name it; otherwise the
 * request's headers do.
 */
public final class Negotiation {

    public static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = new MediaType("text", "csv");

    private Negotiation() {
    }

    /** {@code lang} if given, else the first language of Accept-Language the portal speaks, else Chinese. */
    public static Locale language(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Messages.supported(Locale.forLanguageTag(lang.strip()));
        }
        return headers.getAcceptableLanguages().stream().filter(l -> !l.getLanguage().equals("*")).findFirst()
                .map(Messages::supported).orElse(Messages.DEFAULT_LOCALE);
    }

    /**
     * Whether CSV is wanted: {@code format} ({@code csv} or {@code json}; anything else is refused with
     * {@code invalidKey}) decides when given; otherwise whichever of JSON and CSV the Accept header prefers, JSON when
     * it names neither or accepts anything.
     */
    public static boolean csvWanted(String format, HttpHeaders headers, String invalidKey) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("csv") && !f.equals("json")) {
                throw InputValidation.violation("format", invalidKey);
            }
            return f.equals("csv");
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
