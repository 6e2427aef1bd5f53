package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.interfaces.shared.web.CityList;
import cn.gov.zj.jxt.green.interfaces.shared.web.Formats;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Writes units.xhtml for anonymous readers without a Faces view: the layout as Faces rendered it once per language,
 * with {@link RegistryPage}'s content and the language switch's address of this request put in. A filtered view of
 * the registry is the public page that the page cache cannot hold for everyone (each filter is an address of its
 * own), and building the Faces view cost three quarters of its time (docs/performance.md).
 *
 * <p>The layout depends only on the language for an anonymous reader: the page's content is the one part that
 * varies, and the switch's address the other. It is taken from a rendering of the page without parameters, whose
 * content is a marker; should the marker or the switch not be found there, the page is left to Faces, and a
 * warning logged. Signed-in readers, requests with a session or credentials, other methods and a change of language
 * ({@code lang} in the address, which sets the cookie) go to Faces as before: it writes the same content.
 */
public class RegistryPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RegistryPageFilter.class.getName());

    /** The request attribute that asks units.xhtml for the layout: the content is then {@link #CONTENT}. */
    static final String LAYOUT = RegistryPageFilter.class.getName() + ".layout";
    static final String CONTENT = "<!--registry-page-content-->";
    private static final String SWITCH = "class=\"language-switch\"";

    @Inject
    transient RegistryService registry;

    @Inject
    transient CityList cities;

    @Inject
    transient Formats formats;

    /** Per language tag: the layout, or empty when it could not be taken apart (then Faces writes the page). */
    private final transient ConcurrentMap<String, Optional<Layout>> layouts = new ConcurrentHashMap<>();

    /** The layout around the content, split where the switch's address and the content go. */
    record Layout(String beforeSwitch, String switchLanguage, String beforeContent, String afterContent) {

        /** The rendered page without parameters, or empty when the marker or the switch is not there once. */
        static Optional<Layout> of(String page) {
            int content = page.indexOf(CONTENT);
            int link = page.indexOf(SWITCH);
            if (content < 0 || page.indexOf(CONTENT, content + 1) >= 0 || link < 0 || link > content
                    || page.indexOf(SWITCH, link + 1) >= 0) {
                return Optional.empty();
            }
            int hrefStart = page.indexOf("href=\"", link);
            int valueStart = hrefStart + "href=\"".length();
            int valueEnd = hrefStart < 0 ? -1 : page.indexOf('"', valueStart);
            int language = page.indexOf("data-lang=\"", link);
            if (hrefStart < 0 || valueEnd < 0 || valueEnd > content || language < 0 || language > content) {
                return Optional.empty();
            }
            int languageStart = language + "data-lang=\"".length();
            String switchLanguage = page.substring(languageStart, page.indexOf('"', languageStart));
            return Optional.of(new Layout(page.substring(0, valueStart), switchLanguage,
                    page.substring(valueEnd, content), page.substring(content + CONTENT.length())));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!anonymousRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = LocaleSelection.ofCookie(cookie(request, LocaleSelection.COOKIE));
        // PrimeFaces' settings in the head say whether its cookies are to be secure: as the connection is.
        String key = locale.toLanguageTag() + (request.isSecure() ? " secure" : "");
        Optional<Layout> layout = layouts.get(key);
        if (layout == null) {
            LayoutCapture capture = new LayoutCapture(response);
            chain.doFilter(new LayoutRequest(request), capture);
            if (capture.status != HttpServletResponse.SC_OK || capture.cookieSet
                    || request.getSession(false) != null) {
                // Not a layout for everyone (a failure, or a rendering of its own): Faces writes this page.
                chain.doFilter(request, response);
                return;
            }
            layout = Layout.of(capture.text());
            if (layout.isEmpty()) {
                LOG.warning("units.xhtml: the layout has no single content marker and language switch; "
                        + "Faces writes the registry page for " + key);
            }
            Optional<Layout> earlier = layouts.putIfAbsent(key, layout);
            layout = earlier == null ? layout : earlier;
        }
        if (layout.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        write(request, response, layout.get(), locale);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Layout layout, Locale locale)
            throws IOException {
        String contextPath = request.getContextPath();
        String content = new RegistryPage(registry, cities.get(), formats::dateTime).html(request::getParameter,
                locale, contextPath);
        StringBuilder page = new StringBuilder(layout.beforeSwitch.length() + layout.beforeContent.length()
                + content.length() + layout.afterContent.length() + 256)
                .append(layout.beforeSwitch).append(switchAddress(request, layout.switchLanguage))
                .append(layout.beforeContent).append(content).append(layout.afterContent);
        byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * This page in the other language, with this request's parameters, as an attribute's value: as Faces writes
     * it ({@code lang} first, then the view's parameters in their order).
     */
    private static String switchAddress(HttpServletRequest request, String language) {
        StringBuilder address = new StringBuilder(request.getContextPath()).append("/units.xhtml?lang=")
                .append(URLEncoder.encode(language, StandardCharsets.UTF_8));
        for (String name : RegistryPage.PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isEmpty()) {
                address.append("&amp;").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return address.toString();
    }

    private static boolean anonymousRead(HttpServletRequest request) {
        return request.getMethod().equals("GET")
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() == null
                && request.getUserPrincipal() == null
                && request.getParameter("lang") == null;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        String value = null;
        if (cookies != null) {
            for (Cookie each : cookies) {
                if (each.getName().equals(name)) {
                    value = each.getValue();
                }
            }
        }
        return value;
    }

    /** The request without its parameters, marked as asking for the layout. */
    private static final class LayoutRequest extends HttpServletRequestWrapper {

        LayoutRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return LAYOUT.equals(name) ? Boolean.TRUE : super.getAttribute(name);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /**
     * Keeps what Faces writes and its status, and nothing of it reaches the response: not a header, a cookie or a
     * redirect. The page's own headers are set when it is written.
     */
    private static final class LayoutCapture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
        private int status = SC_OK;
        private boolean cookieSet;
        private String contentType;
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("the layout is written at once");
            }
        };

        LayoutCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String message) {
            status = sc;
        }

        @Override
        public void sendRedirect(String location) {
            status = SC_FOUND;
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
        }

        @Override
        public void setHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        }

        @Override
        public void addHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        }

        @Override
        public void setIntHeader(String name, int value) {
        }

        @Override
        public void addIntHeader(String name, int value) {
        }

        @Override
        public void setDateHeader(String name, long date) {
        }

        @Override
        public void addDateHeader(String name, long date) {
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String encoding) {
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentLength(int length) {
            // The length of the layout alone: the page's is set when it is written.
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            bytes.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
