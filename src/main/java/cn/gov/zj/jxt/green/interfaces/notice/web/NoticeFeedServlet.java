package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed of published notices (RFC 4287), {@code GET /feeds/notices.atom}: the latest 50, newest first,
 * each linking to its page and its PDF.
 */
@WebServlet("/feeds/notices.atom")
public class NoticeFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;
    /** Fixed so that the feed's id never changes with the host name it was fetched under. */
    private static final String FEED_ID = "tag:green.jxt.zj.gov.cn,2025:notices";

    @Inject
    transient NoticeService notices;

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.publicUrl().orElseGet(() -> requestBase(request));
        List<Notice> latest = notices.latestPublished(ENTRIES);
        Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.get(0).getPublishedAt();
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", FEED_ID);
            element(xml, "title", "浙江省绿色制造名单管理平台 · 通知公告");
            element(xml, "updated", atomDate(updated));
            link(xml, "self", base + "/feeds/notices.atom", "application/atom+xml");
            link(xml, "alternate", base + "/notices.xhtml", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "浙江省经济和信息化厅");
            xml.writeEndElement();
            for (Notice n : latest) {
                xml.writeStartElement("entry");
                element(xml, "id", FEED_ID + ":" + n.getId());
                element(xml, "title", n.getNumber() == null ? n.getTitle() : n.getTitle() + "（" + n.getNumber() + "）");
                element(xml, "updated", atomDate(n.getPublishedAt()));
                element(xml, "published", atomDate(n.getPublishedAt()));
                link(xml, "alternate", base + "/notice.xhtml?id=" + n.getId(), "text/html");
                link(xml, "enclosure", base + "/api/notices/" + n.getId() + "/document.pdf", "application/pdf");
                xml.writeStartElement("author");
                element(xml, "name", n.getIssuerNames());
                xml.writeEndElement();
                element(xml, "summary", summary(n));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the notices feed", e);
        }
    }

    /** The address the request came to, without a default port; PORTAL_PUBLIC_URL overrides it behind a proxy. */
    private static String requestBase(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    private static String summary(Notice n) {
        List<String> paragraphs = n.paragraphs();
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static String atomDate(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.ofHours(8)));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Drops characters XML 1.0 cannot carry (control characters a clerk may have pasted), which escaping can't fix. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
