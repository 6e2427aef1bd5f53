package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService.Change;
import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.web.Atom;
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
    /** Fixed so that ids never change with the host name the feed was fetched under. */
    static final String FEED_ID = "tag:green.jxt.zj.gov.cn,2026:units";
    private static final Locale ZH = Messages.DEFAULT_LOCALE;

    @Inject
    transient RegistryService registry;

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.publicUrl();
        List<Change> changes = registry.latestChanges(RegistryService.FEED_ENTRIES);
        Instant updated = changes.isEmpty() ? Instant.EPOCH : changes.get(0).occurredAt();
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(Atom.NAMESPACE);
            Atom.element(xml, "id", FEED_ID);
            Atom.element(xml, "title", Messages.text(ZH, "units.feed.title"));
            Atom.element(xml, "updated", Atom.date(updated));
            Atom.link(xml, "self", base + "/feeds/units.atom", "application/atom+xml");
            Atom.link(xml, "alternate", base + "/units.xhtml", "text/html");
            xml.writeStartElement("author");
            Atom.element(xml, "name", Messages.text(ZH, "site.agency"));
            xml.writeEndElement();
            for (Change c : changes) {
                xml.writeStartElement("entry");
                Atom.element(xml, "id", FEED_ID + ":event:" + c.id());
                Atom.element(xml, "title", c.unitName() + " · " + Messages.text(ZH, "enum.UnitEventKind." + c.kind()));
                Atom.element(xml, "updated", Atom.date(c.occurredAt()));
                Atom.link(xml, "alternate", base + "/units/view.xhtml?code="
                        + URLEncoder.encode(c.creditCode(), StandardCharsets.UTF_8), "text/html");
                if (c.document() != null) {
                    Atom.link(xml, "related", base + "/api/units/" + c.creditCode() + "/documents/" + c.document().id()
                            + ".pdf", "application/pdf");
                }
                Atom.element(xml, "summary", summary(c));
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
            text.append(" · ").append(Clauses.cite(c.detail(), ZH));
        }
        if (c.document() != null && c.document().number() != null) {
            text.append(" · ").append(c.document().number());
        }
        return text.toString();
    }





}
