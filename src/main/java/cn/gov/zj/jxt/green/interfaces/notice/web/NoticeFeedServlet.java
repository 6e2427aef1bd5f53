package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.web.Atom;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    private static final int ENTRIES = 50;
    /** Fixed so that the feed's id never changes with the host name it was fetched under. */
    private static final String FEED_ID = "tag:green.jxt.zj.gov.cn,2025:notices";
    /** The feed's language: that of the notices it carries, which the department issues in Chinese. */
    private static final Locale LANGUAGE = Messages.DEFAULT_LOCALE;

    @Inject
    transient NoticeService notices;

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = settings.publicUrl();
        List<Notice> latest = notices.latestPublished(ENTRIES);
        Instant updated = latest.isEmpty() ? Instant.EPOCH : latest.get(0).getPublishedAt();
        response.setContentType("application/atom+xml;charset=UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(Atom.NAMESPACE);
            Atom.element(xml, "id", FEED_ID);
            Atom.element(xml, "title", Messages.text(LANGUAGE, "notices.feed.title"));
            Atom.element(xml, "updated", Atom.date(updated));
            Atom.link(xml, "self", base + "/feeds/notices.atom", "application/atom+xml");
            Atom.link(xml, "alternate", base + "/notices.xhtml", "text/html");
            xml.writeStartElement("author");
            Atom.element(xml, "name", Messages.text(LANGUAGE, "site.agency"));
            xml.writeEndElement();
            for (Notice n : latest) {
                xml.writeStartElement("entry");
                Atom.element(xml, "id", FEED_ID + ":" + n.getId());
                Atom.element(xml, "title", n.getNumber() == null ? n.getTitle() : n.getTitle() + "（" + n.getNumber() + "）");
                Atom.element(xml, "updated", Atom.date(n.getPublishedAt()));
                Atom.element(xml, "published", Atom.date(n.getPublishedAt()));
                Atom.link(xml, "alternate", base + "/notice.xhtml?id=" + n.getId(), "text/html");
                Atom.link(xml, "enclosure", base + "/api/notices/" + n.getId() + "/document.pdf", "application/pdf");
                xml.writeStartElement("author");
                Atom.element(xml, "name", n.getIssuerNames());
                xml.writeEndElement();
                Atom.element(xml, "summary", summary(n));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the notices feed", e);
        }
    }


    private static String summary(Notice n) {
        List<String> paragraphs = n.paragraphs();
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }




}
