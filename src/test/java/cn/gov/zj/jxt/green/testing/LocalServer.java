package cn.gov.zj.jxt.green.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP to the server a test runs inside, as the public reaches it (on its shifted ports), for in-container tests that
 * must see what a reader's request does: redirects are not followed, headers are the caller's.
 */
public final class LocalServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private LocalServer() {
    }

    /** This server's root address, ending in a slash. */
    public static URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/");
    }

    /** A GET of {@code address} (from the root) with the given headers, as name and value pairs. */
    public static HttpResponse<byte[]> get(String address, String... headers) {
        return send(HttpRequest.newBuilder(base().resolve(address)).GET(), headers);
    }

    /** Sends {@code request} with the given headers, as name and value pairs; a minute at most. */
    public static HttpResponse<byte[]> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
