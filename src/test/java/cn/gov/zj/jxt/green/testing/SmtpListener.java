package cn.gov.zj.jxt.green.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of an SMTP server (RFC 5321) to accept the portal's messages on a local port: greets 220, answers
 * EHLO/HELO, MAIL, RCPT and RSET/NOOP with 250, DATA with 354 up to the lone ".", QUIT with 221. Offers no
 * extensions, so the client neither authenticates nor starts TLS. Every accepted message is kept for the test.
 */
public final class SmtpListener implements AutoCloseable {

    /** One accepted message: envelope and the raw content as received (headers, blank line, body). */
    public record Mail(String from, List<String> recipients, String content) {

        /** The Subject header, unfolded, its RFC 2047 encoded words decoded. */
        public String subject() {
            String unfolded = content.split("\r\n\r\n", 2)[0].replaceAll("\r\n[ \t]+", " ");
            for (String line : unfolded.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("subject:")) {
                    return decodeWords(line.substring("subject:".length()).strip());
                }
            }
            return null;
        }
    }

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

    private final ServerSocket server;
    private final BlockingQueue<Mail> received = new LinkedBlockingQueue<>();
    private final Thread thread;

    public SmtpListener(int port) throws IOException {
        server = new ServerSocket();
        // The previous test's listener on this port may leave accepted connections in TIME_WAIT.
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10);
        thread = new Thread(this::serve, "smtp-listener-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    /** The first message received (since start) that matches, waiting up to {@code timeout}; null if none came. */
    public Mail await(Predicate<Mail> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Mail> others = new ArrayList<>();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Mail mail = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
                if (mail == null || wanted.test(mail)) {
                    return mail;
                }
                others.add(mail);
            }
        } finally {
            received.addAll(others);
        }
    }

    /** Every message received so far and not yet awaited. */
    public List<Mail> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(30_000);
                converse(socket);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // a broken conversation: wait for the next client
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.ISO_8859_1);
        reply(out, "220 localhost test SMTP");
        String from = null;
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                    : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "MAIL" -> {
                    from = address(line);
                    recipients = new ArrayList<>();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(address(line));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder content = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        // Dot-stuffing (RFC 5321 §4.5.2): a leading dot was doubled by the client.
                        content.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                    }
                    received.add(new Mail(from, List.copyOf(recipients), content.toString()));
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 localhost"); // EHLO, HELO, RSET, NOOP
            }
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open);
        return open < 0 || close < 0 ? line.substring(line.indexOf(':') + 1).strip() : line.substring(open + 1, close);
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    /** RFC 2047: encoded words in B or Q encoding; whitespace between two encoded words is dropped. */
    static String decodeWords(String text) {
        StringBuilder result = new StringBuilder();
        Matcher m = ENCODED_WORD.matcher(text);
        int last = 0;
        boolean previousEncoded = false;
        while (m.find()) {
            String between = text.substring(last, m.start());
            if (!(previousEncoded && between.isBlank())) {
                result.append(between);
            }
            java.nio.charset.Charset charset = java.nio.charset.Charset.forName(m.group(1));
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(m.group(3)) : q(m.group(3));
            result.append(new String(bytes, charset));
            last = m.end();
            previousEncoded = true;
        }
        return result.append(text.substring(last)).toString();
    }

    private static byte[] q(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
