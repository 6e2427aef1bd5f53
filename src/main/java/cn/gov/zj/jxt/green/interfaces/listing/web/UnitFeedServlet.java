package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.RegistryService;
import cn.gov.zj.jxt.green.application.RegistryService.Change;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed of list changes (RFC 4287), {@code GET /feeds/units.atom}: the latest 100 events of any listed unit
 * — listed, renamed, scope changed, re-reviewed, removed — newest first, each linking to the unit's page. Entry ids
 * are tag URIs (RFC 4151) of the event, which never changes once written, so a reader sees each change once.
 */
@WebServlet("/feeds/units.atom")
public class UnitFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Fixed so that ids never change with the host name the feed was fetched under. */
    static final String FEED_ID = "tag:green.jxt.zj.gov.cn,2026:units";
    private static final Locale ZH = Messages.DEFAULT_LOCALE;

    @Inject
    transient RegistryService registry;

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.publicUrl().orElseGet(() -> requestBase(request));
        List<Change> changes = registry.latestChanges(RegistryService.FEED_ENTRIES);
        Instant updated = changes.isEmpty() ? Instant.EPOCH : changes.get(0).occurredAt();
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", FEED_ID);
            element(xml, "title", Messages.text(ZH, "units.feed.title"));
            element(xml, "updated", atomDate(updated));
            link(xml, "self", base + "/feeds/units.atom", "application/atom+xml");
            link(xml, "alternate", base + "/units.xhtml", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", Messages.text(ZH, "site.agency"));
            xml.writeEndElement();
            for (Change c : changes) {
                xml.writeStartElement("entry");
                element(xml, "id", FEED_ID + ":event:" + c.id());
                element(xml, "title", c.unitName() + " · " + Messages.text(ZH, "enum.UnitEventKind." + c.kind()));
                element(xml, "updated", atomDate(c.occurredAt()));
                link(xml, "alternate", base + "/units/view.xhtml?code="
                        + URLEncoder.encode(c.creditCode(), StandardCharsets.UTF_8), "text/html");
                if (c.document() != null) {
                    link(xml, "related", base + "/api/units/" + c.creditCode() + "/documents/" + c.document().id()
                            + ".pdf", "application/pdf");
                }
                element(xml, "summary", summary(c));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the list changes feed", e);
        }
    }

    /** 杭州市 · 省级 · 绿色（低碳）工厂 · 统一社会信用代码 … · the event's detail. */
    static String summary(Change c) {
        StringBuilder text = new StringBuilder()
                .append(c.cityName()).append(" · ")
                .append(Messages.text(ZH, "enum.ListLevel." + c.level())).append(" · ")
                .append(Messages.text(ZH, "enum.UnitType." + c.type())).append(" · ")
                .append(c.creditCode());
        if (c.detail() != null && !c.detail().isBlank()) {
            text.append(" · ").append(c.detail());
        }
        if (c.document() != null && c.document().number() != null) {
            text.append(" · ").append(c.document().number());
        }
        return text.toString();
    }

    /** The address the request came to, without a default port; PORTAL_PUBLIC_URL overrides it behind a proxy. */
    private static String requestBase(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
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
    private static String xmlSafe(String text) {
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
