package cn.gov.zj.jxt.green.interfaces.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.zj.jxt.green.interfaces.shared.Messages;

/**
 * A refusal the API answers before JAX-RS runs, in the body the API's exception mapper writes for a service's
 * refusal: {@code {"status":403,"error":key,"message":text,"fields":[]}}, the text in the caller's language.
 */
final class ApiRefusal {

    private ApiRefusal() {
    }

    static boolean isApi(HttpServletRequest request, String uri) {
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.DEFAULT_LOCALE
                : Messages.supported(request.getLocale());
        String body = Json.createObjectBuilder()
                .add("status", status)
                .add("error", key)
                .add("message", Messages.text(locale, key))
                .add("fields", Json.createArrayBuilder())
                .build().toString();
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A caller-chosen text for the audit log, kept short and on one line. */
    static String clip(String text) {
        if (text == null) {
            return "-";
        }
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
