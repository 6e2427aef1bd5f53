package cn.gov.zj.jxt.green.interfaces.shared.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the body of a response instead of sending it, so that it can be stored before it goes out, up to a limit:
 * a larger body goes out as it comes and is not stored. Status and headers go to the real response as they are set;
 * a cookie set on the way is noted, since such a response belongs to one reader.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private OutputStream target = buffer;
    private boolean overflowed;
    private boolean cookieSet;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** Whether the body is all here, not yet sent: false once it outgrew the limit. */
    boolean captured() {
        return !overflowed;
    }

    boolean cookieSet() {
        return cookieSet;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    /** Sends what is still held: the body of a response that is not stored. */
    void release() throws IOException {
        if (overflowed) {
            if (writer != null) {
                writer.flush();
            }
            return;
        }
        byte[] body = body();
        if (body.length > 0) {
            getResponse().getOutputStream().write(body);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        noteCookie(name);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        noteCookie(name);
        super.setHeader(name, value);
    }

    private void noteCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            cookieSet = true;
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new Capture();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null && writer == null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            stream = new Capture();
            writer = new PrintWriter(new OutputStreamWriter(stream, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (overflowed) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        if (!overflowed) {
            buffer.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (!overflowed) {
            buffer.reset();
        }
        super.reset();
    }

    @Override
    public void setContentLength(int length) {
        // Set again when the body is sent.
    }

    @Override
    public void setContentLengthLong(long length) {
        // Set again when the body is sent.
    }

    private final class Capture extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!overflowed && buffer.size() + length > limit) {
                overflowed = true;
                target = getResponse().getOutputStream();
                target.write(buffer.toByteArray());
                buffer.reset();
            }
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (overflowed) {
                target.flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the public page cache writes blocking");
        }
    }
}
