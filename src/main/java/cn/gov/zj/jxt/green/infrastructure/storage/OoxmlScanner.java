package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DefaultHandler2;

import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/**
 * Reads a ZIP the way an attacker cannot steer: entry by entry, inflating every byte and counting what it
 * actually produced, never the sizes the headers claim. Tells a DOCX or an XLSX from any other ZIP, and
 * refuses zip bombs, nested archives, entry names that climb out of a folder, macros and XML with a
 * DOCTYPE. One instance scans one file.
 */
final class OoxmlScanner {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNPACKED_BYTES = 100 * UploadPolicy.MEGABYTE;
    /** Small parts may compress very well (a blank sheet's XML); only large ones are held to the ratio. */
    static final long RATIO_CHECKED_ABOVE = UploadPolicy.MEGABYTE;
    static final int MAX_RATIO = 100;

    /** OPC part names compare case-insensitively; all names here are lower case. */
    private static final String CONTENT_TYPES = "[content_types].xml";
    private static final String WORD_DOCUMENT = "word/document.xml";
    private static final String EXCEL_WORKBOOK = "xl/workbook.xml";
    private static final String POWERPOINT_PRESENTATION = "ppt/presentation.xml";

    private final Set<String> parts = new HashSet<>();
    private final List<String> contentTypes = new ArrayList<>();
    private long unpacked;

    private OoxmlScanner() {
    }

    static UploadInspector.Identified scan(byte[] zip) {
        return new OoxmlScanner().scanEntries(zip);
    }

    private UploadInspector.Identified scanEntries(byte[] zip) {
        Counting packed = new Counting(new ByteArrayInputStream(zip));
        try (ZipInputStream entries = new ZipInputStream(packed, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (parts.size() == MAX_ENTRIES) {
                    throw new RejectedUploadException("tooManyParts", MAX_ENTRIES);
                }
                String name = entry.getName();
                checkEntryName(name);
                String part = name.toLowerCase(Locale.ROOT);
                if (!parts.add(part)) {
                    throw corrupt(); // two entries for one part: readers would disagree on which counts
                }
                if (part.endsWith("vbaproject.bin")) {
                    throw new RejectedUploadException("macro");
                }
                if (!entry.isDirectory()) {
                    readEntry(part, new Metered(entries, packed));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Truncated or malformed data, or an entry name that is not UTF-8.
            throw corrupt();
        }
        if (CentralDirectory.entryCount(zip) != parts.size()) {
            // Office reads the central directory; entries only it lists were never inspected here.
            throw corrupt();
        }
        return identify();
    }

    /** No entry may name a path outside the package: no absolute path, drive, backslash or "..". */
    private static void checkEntryName(String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\")
                || name.length() > 1 && name.charAt(1) == ':'
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        for (String segment : name.split("/")) {
            unsafe |= segment.equals("..") || segment.equals(".");
        }
        if (unsafe) {
            throw new RejectedUploadException("unsafeEntryName", name);
        }
    }

    /**
     * Inflates the whole entry (every byte counts against the limits). XML parts are parsed on the way, any
     * other part that looks like XML is searched for a DOCTYPE, and an archive inside is refused.
     */
    private void readEntry(String part, InputStream entry) throws IOException {
        byte[] head = entry.readNBytes(Signature.LONGEST);
        if (Signature.of(head).filter(s -> s.category() == Signature.Category.ARCHIVE).isPresent()) {
            throw new RejectedUploadException("nestedArchive", part);
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), entry);
        if (part.endsWith(".xml") || part.endsWith(".rels")) {
            try {
                parse(part, unclosable(whole), part.equals(CONTENT_TYPES) ? new ContentTypes() : new Refusing());
            } catch (RejectedUploadException notWellFormed) {
                // A part that is not XML at all (a run of zeros) stops the parser at its first byte, long before
                // the limits notice a bomb: inflate the rest against them, so the refusal names the real danger.
                whole.transferTo(OutputStream.nullOutputStream());
                throw notWellFormed;
            }
        } else if (looksLikeXml(head) && containsDoctype(whole)) {
            // Legacy VML drawings are XML-like but not well-formed, so they cannot be parsed; their DOCTYPE
            // would still reach Office's parser.
            throw new RejectedUploadException("externalEntity", part);
        }
        whole.transferTo(OutputStream.nullOutputStream());
    }

    /** The parser closes its input when it fails; the rest of the entry must stay readable. */
    private static InputStream unclosable(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip entry is closed by the scanner, not by the parser
            }
        };
    }

    private static boolean looksLikeXml(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return head.length > start && head[start] == '<';
    }

    private static boolean containsDoctype(InputStream part) throws IOException {
        byte[] doctype = "<!doctype".getBytes(StandardCharsets.US_ASCII);
        InputStream in = new BufferedInputStream(part);
        int matched = 0;
        for (int b = in.read(); b >= 0 && matched < doctype.length; b = in.read()) {
            if (Character.toLowerCase(b) == doctype[matched]) {
                matched++;
            } else {
                // '<' occurs only at the start of the pattern, so a mismatch can only restart there.
                matched = b == '<' ? 1 : 0;
            }
        }
        return matched == doctype.length;
    }

    private static void parse(String part, InputStream xml, Refusing handler) throws IOException {
        try {
            hardenedParser(handler).parse(new InputSource(xml), handler);
        } catch (DoctypeFound e) {
            throw new RejectedUploadException("externalEntity", part);
        } catch (SAXException e) {
            throw corrupt();
        }
    }

    /**
     * The JDK's own parser with secure processing on, no external entities, DTDs or schemas, and no XInclude.
     * A DOCTYPE is refused by the handler at its first sight ({@code startDTD} comes before the internal
     * subset is read or any external DTD would be), rather than by the parser's disallow-doctype-decl
     * feature, so that the refusal can say what was wrong instead of reporting a parse error.
     */
    private static SAXParser hardenedParser(Refusing handler) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private UploadInspector.Identified identify() {
        boolean macros = contentTypes.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.contains("macroenabled") || t.contains("vbaproject"));
        if (macros) {
            throw new RejectedUploadException("macro");
        }
        boolean word = parts.contains(WORD_DOCUMENT);
        boolean excel = parts.contains(EXCEL_WORKBOOK);
        if (word && excel || (word || excel) && !parts.contains(CONTENT_TYPES)) {
            throw corrupt();
        }
        if (word) {
            return new UploadInspector.Identified(FileKind.DOCX.name(), FileKind.DOCX);
        }
        if (excel) {
            return new UploadInspector.Identified(FileKind.XLSX.name(), FileKind.XLSX);
        }
        String label = parts.contains(POWERPOINT_PRESENTATION) ? "PPTX" : Signature.ZIP.label();
        return new UploadInspector.Identified(label, null);
    }

    private static RejectedUploadException corrupt() {
        return new RejectedUploadException("corrupt");
    }

    /** Counts the compressed bytes the ZIP reader has taken. */
    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        long count() {
            return count;
        }
    }

    /**
     * One entry's inflated bytes, held to the total and, for a large entry, to the ratio of what it inflated
     * to what it took from the ZIP. Stops at the first byte over a limit, so a bomb is never unpacked. Does
     * not close the ZIP when a parser closes it.
     */
    private final class Metered extends FilterInputStream {

        private final Counting packed;
        private final long packedAtStart;
        private long inflated;

        Metered(ZipInputStream entry, Counting packed) {
            super(entry);
            this.packed = packed;
            this.packedAtStart = packed.count();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The ZIP stays open for the next entry.
        }

        private void count(int n) {
            inflated += n;
            unpacked += n;
            if (unpacked > MAX_UNPACKED_BYTES) {
                throw new RejectedUploadException("tooLargeUnpacked",
                        UploadInspector.megabytes(MAX_UNPACKED_BYTES, RoundingMode.DOWN));
            }
            long taken = Math.max(1, packed.count() - packedAtStart);
            if (inflated > RATIO_CHECKED_ABOVE && inflated > MAX_RATIO * taken) {
                throw new RejectedUploadException("zipBomb");
            }
        }
    }

    /** A DOCTYPE (which alone can declare external entities) or an attempt to resolve one. */
    private static final class DoctypeFound extends SAXException {

        private static final long serialVersionUID = 1L;
    }

    /** Parses without keeping anything, refusing any DOCTYPE and any external entity. */
    private static class Refusing extends DefaultHandler2 {

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeFound();
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
                throws SAXException {
            throw new DoctypeFound();
        }
    }

    /** Collects the content types [Content_Types].xml declares, where macro-enabled packages show. */
    private final class ContentTypes extends Refusing {

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String type = attributes.getValue("ContentType");
            if (type != null && (localName.equals("Default") || localName.equals("Override"))) {
                contentTypes.add(type);
            }
        }
    }
}
