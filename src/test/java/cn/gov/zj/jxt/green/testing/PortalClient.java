package cn.gov.zj.jxt.green.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a browser: keeps the session cookie (also when it is Secure on plain HTTP, as a
 * browser does for localhost), follows redirects, and fills and submits JSF forms by reading the page.
 */
public final class PortalClient {

    /** A response with its parsed page; its forms submit through this client. */
    public final class Page {

        private final int status;
        private final String uri;
        private final Map<String, List<String>> headers;
        private final String body;

        Page(int status, String uri, Map<String, List<String>> headers, String body) {
            this.status = status;
            this.uri = uri;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String uri() {
            return uri;
        }

        public Map<String, List<String>> headers() {
            return headers;
        }

        public String body() {
            return body;
        }

        public Document document() {
            return Jsoup.parse(body, uri);
        }

        public String text() {
            return document().text();
        }

        /** The error shown beside the field that holds the element {@code id}, or "" when there is none. */
        public String error(String id) {
            Element input = document().getElementById(id);
            if (input == null || input.closest(".field") == null) {
                throw new AssertionError("no field holds #" + id + " on " + uri + ": " + body);
            }
            return input.closest(".field").select(".ui-message-error").text().strip();
        }

        public Form form(String id) {
            Element form = document().getElementById(id);
            if (form == null) {
                throw new AssertionError("no form #" + id + " on " + uri + ": " + body);
            }
            return new Form(form);
        }
    }

    /** A JSF form's fields as the page has them, to change and submit. */
    public final class Form {

        private final String action;
        /** A form with a file input posts multipart/form-data, as a browser does (its file fields left empty). */
        private final boolean multipart;
        private final Map<String, String> fields = new LinkedHashMap<>();

        Form(Element form) {
            this.action = form.absUrl("action");
            this.multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
            for (Element input : form.select("input[name]")) {
                String type = input.attr("type");
                boolean checkable = type.equals("checkbox") || type.equals("radio");
                if (type.equals("submit") || type.equals("button") || (checkable && !input.hasAttr("checked"))) {
                    continue;
                }
                // A checked box without a value attribute is sent as "on", as browsers do.
                fields.put(input.attr("name"), checkable && !input.hasAttr("value") ? "on" : input.val());
            }
            for (Element select : form.select("select[name]")) {
                Element selected = select.selectFirst("option[selected]");
                fields.put(select.attr("name"), selected == null ? "" : selected.val());
            }
        }

        public Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        /** Submits as the button named {@code button} would (non-Ajax). */
        public Page submit(String button) {
            Map<String, String> data = new LinkedHashMap<>(fields);
            data.put(button, "");
            return post(data);
        }

        /** Submits with no button, as a script does (the layout's language switch): no action runs. */
        public Page post() {
            return post(fields);
        }

        private Page post(Map<String, String> data) {
            if (multipart) {
                String boundary = "----portal-form-" + System.nanoTime();
                StringBuilder parts = new StringBuilder();
                data.forEach((name, value) -> parts.append("--").append(boundary)
                        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                        .append(value).append("\r\n"));
                parts.append("--").append(boundary).append("--\r\n");
                return send(HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(parts.toString(), StandardCharsets.UTF_8)));
            }
            String body = data.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /**
         * Submits an upload form (multipart/form-data) as the button named {@code button} would, with one file in
         * {@code fileField}; a null {@code fileName} sends the field empty, as a browser does when none is chosen.
         */
        public Page submit(String button, String fileField, String fileName, String contentType, byte[] content) {
            Map<String, String> data = new LinkedHashMap<>(fields);
            data.remove(fileField);
            data.put(button, "");
            String boundary = "----portal-test-" + System.nanoTime();
            return send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, data, fileField,
                            fileName == null ? "" : fileName,
                            fileName == null ? "application/octet-stream" : contentType,
                            fileName == null ? new byte[0] : content))));
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    /** Every cookie the portal set, by name (the session, Faces' flash), sent back as a browser would. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String lastSetCookie;

    public PortalClient(URI base) {
        this.base = base;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A JSON API call as a demo account (or anonymously when {@code user} is null), with no session. */
    public Page api(String method, String path, String user, String json) {
        return api(method, path, user, DemoAccounts.PASSWORD, json);
    }

    /** A JSON API call with HTTP Basic credentials and no session. */
    public Page api(String method, String path, String user, String password, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return exchange(request);
    }

    /**
     * A request with this client's session (if it has one) and the headers given, e.g. an {@code Origin}; no
     * credentials of its own. {@code body} null sends none.
     */
    public Page call(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return exchange(request);
    }

    /** A file as the portal sent it: status, headers and the exact bytes. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** GET of a file, as a demo account (or anonymously when {@code user} is null), with no session. */
    public Download download(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (user != null) {
            request.header("Authorization", basic(user, DemoAccounts.PASSWORD));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A multipart/form-data POST as a demo account, or anonymously ({@code user} null): text fields, then one file field. */
    public Page upload(String path, String user, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        String boundary = "----portal-test-" + System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, fileField, fileName,
                        contentType, content)));
        if (user != null) {
            request.header("Authorization", basic(user, DemoAccounts.PASSWORD));
        }
        return exchange(request);
    }

    /** A multipart/form-data body: the text fields, then one file field. */
    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Signs in on the login page and lands on the workspace. */
    public Page signIn(String username, String password) {
        Page page = get("login.xhtml").form("login")
                .set("login:username", username)
                .set("login:password", password)
                .submit("login:submit");
        return page;
    }

    public Page signOut() {
        return get("workspace/index.xhtml").form("header").submit("header:signOut");
    }

    public String sessionId() {
        return cookies.get("JSESSIONID");
    }

    /** The Set-Cookie header that last set the session, with its flags. */
    public String lastSetCookie() {
        return lastSetCookie;
    }

    /** Forgets nothing but the cookie, as if a stolen old cookie were replayed. */
    public void useSessionId(String id) {
        cookies.put("JSESSIONID", id);
    }

    private Page send(HttpRequest.Builder request) {
        Page page = exchange(request);
        int hops = 0;
        while (page.status() / 100 == 3 && hops++ < 5) {
            String location = page.headers().get("location").get(0);
            page = exchange(HttpRequest.newBuilder(URI.create(page.uri()).resolve(location)).GET());
        }
        return page;
    }

    private Page exchange(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("set-cookie")) {
                String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                boolean expired = cookie.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
                if (name.equals("JSESSIONID")) {
                    lastSetCookie = cookie;
                }
            }
            return new Page(response.statusCode(), response.uri().toString(), response.headers().map(),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void assertStatus(int expected, Page page) {
        assertEquals(expected, page.status(), () -> page.uri() + " answered " + page.status() + ": " + page.text());
    }

    /** The download is a Word document: its type says so and it is a ZIP package holding word/document.xml. */
    public static void assertDocx(Download download) {
        assertEquals(200, download.status(), () -> "answered " + download.status() + ": " + download.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                download.header("Content-Type").replaceAll(";.*", "").strip());
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(download.body()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    return;
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("not a ZIP package", e);
        }
        throw new AssertionError("no word/document.xml in the package");
    }
}
