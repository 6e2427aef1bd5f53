package cn.gov.zj.jxt.green.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * API calls to the test server from another client address: the connection is opened from a loopback address
 * other than 127.0.0.1 (every 127.x.y.z reaches the loopback interface), so the portal sees a second,
 * third, … client, as it would see people on other machines. HTTP/1.0 by hand, because the JDK's client cannot
 * choose its local address. Measures each exchange's time.
 */
public final class FromAddress {

    /** What came back, whole, and how long it took from connecting to the last byte. */
    public record Response(int status, Map<String, String> headers, String body, long nanos) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final URL base;
    private final String address;

    public FromAddress(URL base, String address) {
        this.base = base;
        this.address = address;
    }

    public String address() {
        return address;
    }

    /** A GET of {@code path} (relative to the portal) with HTTP Basic credentials. */
    public Response get(String path, String user, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET " + base.getPath() + path + " HTTP/1.0\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Accept: application/json\r\n"
                + "Authorization: Basic " + credentials + "\r\n\r\n";
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] raw = readAll(socket.getInputStream());
            return parse(new String(raw, StandardCharsets.UTF_8), System.nanoTime() - start);
        } catch (IOException e) {
            throw new AssertionError("request from " + address + " failed: " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Response parse(String raw, long nanos) {
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP response: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Response(status, headers, raw.substring(end + 4), nanos);
    }
}
