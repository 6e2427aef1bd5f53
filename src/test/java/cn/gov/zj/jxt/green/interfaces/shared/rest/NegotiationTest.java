package cn.gov.zj.jxt.green.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void theFormatParameterDecidesWhenGivenWhateverTheHeadersSay() {
        HttpHeaders wantsCsv = accepting("text/csv");
        assertFalse(Negotiation.csvWanted("json", wantsCsv, "park.format.invalid"));
        assertTrue(Negotiation.csvWanted(" CSV ", accepting("application/json"), "park.format.invalid"));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Negotiation.csvWanted("xml", wantsCsv, "park.format.invalid"));
        assertEquals("park.format.invalid", refused.violations().get(0).messageKey());
    }

    @Test
    void withoutAFormatTheFirstOfJsonAndCsvTheAcceptHeaderNamesIsChosen() {
        assertTrue(Negotiation.csvWanted(null, accepting("text/csv"), "k"));
        assertTrue(Negotiation.csvWanted(null, accepting("text/html", "text/csv"), "k"), "HTML is not offered");
        assertFalse(Negotiation.csvWanted(null, accepting("application/json", "text/csv"), "k"));
        assertFalse(Negotiation.csvWanted("", accepting("*/*"), "k"), "anything: JSON");
        assertFalse(Negotiation.csvWanted(null, accepting(), "k"));
    }

    @Test
    void theLanguageComesFromTheParameterElseTheFirstOneSpokenOfAcceptLanguageElseChinese() {
        assertEquals("en", Negotiation.language("en", speaking(Locale.CHINA)).getLanguage());
        assertEquals("en", Negotiation.language(null, speaking(Locale.ENGLISH, Locale.CHINA)).getLanguage());
        assertEquals("zh", Negotiation.language(" ", speaking()).getLanguage());
    }

    private static HttpHeaders accepting(String... types) {
        List<MediaType> media = Arrays.stream(types).map(t -> t.split("/"))
                .map(t -> new MediaType(t[0], t[1])).toList();
        return headers(media, List.of());
    }

    private static HttpHeaders speaking(Locale... languages) {
        return headers(List.of(), List.of(languages));
    }

    /** The two lists are all that Negotiation reads of the request's headers. */
    private static HttpHeaders headers(List<MediaType> media, List<Locale> languages) {
        return (HttpHeaders) Proxy.newProxyInstance(NegotiationTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableMediaTypes" -> media;
                    case "getAcceptableLanguages" -> languages;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
