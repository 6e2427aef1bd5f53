package cn.gov.zj.jxt.green.infrastructure.storage;

import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/**
 * Looks for active content in a PDF at the byte level, as pdfid does: the names of JavaScript, launch actions
 * and embedded files, wherever they stand, #-escaped or not. Dictionaries packed into compressed object
 * streams are inflated and searched too. Not a PDF parser, so there is no object structure to mislead: every
 * byte is searched, at the price of refusing the rare file that merely mentions such a name in its text.
 * Every FlateDecode stream is inflated and counted, never kept: a small file that would unpack to far more than
 * any document (a decompression bomb aimed at whoever renders or indexes it) is refused.
 */
final class PdfScanner {

    /** Names whose presence alone marks active content. */
    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles");

    /**
     * Two letters that random bytes spell now and then, so not looked for inside stream data. A JavaScript
     * action still names its type, /S /JavaScript, which is looked for everywhere.
     */
    private static final String SHORT_NAME = "JS";

    /** Readers look for the end-of-file marker within the last 1024 bytes (ISO 32000-1, 7.5.5). */
    private static final int EOF_WINDOW = 1024;

    /**
     * What the streams of a PDF may inflate to, at most, against the file's size. Deflate reaches about 1000:1 on
     * uniform data, which is what a bomb is made of; text, fonts and even scans of mostly white pages stay far
     * below this. Small totals are not held to it, as for OOXML parts.
     */
    static final int MAX_RATIO = 200;

    private final byte[] pdf;
    private final List<Integer> objectStreams = new ArrayList<>();
    private boolean encrypted;
    private boolean objectStreamAhead;
    private boolean flateAhead;
    private long inflated;

    private PdfScanner(byte[] pdf) {
        this.pdf = pdf;
    }

    static void check(byte[] pdf) {
        int tail = Math.max(0, pdf.length - EOF_WINDOW);
        // The file's end names where its cross-reference starts (ISO 32000-1, 7.5.5): without it no reader finds
        // an object, and what follows "%PDF-" may be anything, such as a page of HTML with a script.
        if (indexOf(pdf, tail, "%%EOF") < 0 || indexOf(pdf, tail, "startxref") < 0) {
            throw new RejectedUploadException("corrupt");
        }
        new PdfScanner(pdf).scan();
    }

    private void scan() {
        scanFile();
        if (!objectStreams.isEmpty() && encrypted) {
            // Encrypted object streams cannot be inflated, so what they hold cannot be checked.
            throw new RejectedUploadException("encrypted");
        }
        for (int start : objectStreams) {
            byte[] objects = inflate(start);
            scanNames(objects, 0, objects.length, false);
        }
    }

    /**
     * One pass over the file: names everywhere, keywords outside stream data. Notes where object streams'
     * data starts ("/Type /ObjStm" is in the dictionary just before "stream") and whether the file is
     * encrypted.
     */
    private void scanFile() {
        int at = 0;
        while (at < pdf.length) {
            if (pdf[at] == '/') {
                at = name(pdf, at, false);
            } else if (isKeyword(at, "endobj")) {
                objectStreamAhead = false;
                flateAhead = false;
                at += "endobj".length();
            } else if (isKeyword(at, "stream")) {
                int data = dataStart(at + "stream".length());
                if (objectStreamAhead) {
                    objectStreams.add(data);
                    objectStreamAhead = false;
                }
                int end = indexOf(pdf, data, "endstream");
                int streamEnd = end < 0 ? pdf.length : end;
                if (flateAhead && !objectStreams.contains(data)) {
                    measure(data, streamEnd);
                }
                flateAhead = false;
                scanNames(pdf, data, streamEnd, true);
                at = streamEnd;
            } else {
                at++;
            }
        }
    }

    /** Names in [from, to) of {@code data}, which is stream data when {@code inStreamData}. */
    private void scanNames(byte[] data, int from, int to, boolean inStreamData) {
        for (int at = from; at < to; at++) {
            if (data[at] == '/') {
                at = name(data, at, inStreamData) - 1;
            }
        }
    }

    /**
     * Reads the name starting at the slash, refuses it if active, and returns the index after it. Stream data
     * (page content, images, fonts) holds no dictionary a reader acts on, and its random bytes can spell the
     * short name: there only the long names count, and nothing tells of encryption or object streams.
     */
    private int name(byte[] data, int slash, boolean inStreamData) {
        int end = slash + 1;
        while (end < data.length && isRegular(data[end])) {
            end++;
        }
        String name = decode(data, slash + 1, end);
        if (ACTIVE.contains(name) && !(inStreamData && name.equals(SHORT_NAME))) {
            throw new RejectedUploadException("activeContent", "/" + name);
        }
        if (!inStreamData) {
            encrypted |= name.equals("Encrypt");
            objectStreamAhead |= name.equals("ObjStm");
            flateAhead |= name.equals("FlateDecode");
        }
        return end;
    }

    /** A name's #xx escapes stand for any byte (ISO 32000-1, 7.3.5): /J#61vaScript is /JavaScript. */
    private static String decode(byte[] data, int from, int to) {
        StringBuilder name = new StringBuilder(to - from);
        for (int at = from; at < to; at++) {
            if (data[at] == '#' && at + 2 < to && hex(data[at + 1]) >= 0 && hex(data[at + 2]) >= 0) {
                name.append((char) (hex(data[at + 1]) << 4 | hex(data[at + 2])));
                at += 2;
            } else {
                name.append((char) (data[at] & 0xFF));
            }
        }
        return name.toString();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** Not white space and not a delimiter (ISO 32000-1, 7.2.2). */
    private static boolean isRegular(byte b) {
        return "\0\t\n\f\r ()<>[]{}/%".indexOf(b) < 0;
    }

    /** The keyword stands alone: "stream" is not the end of "endstream" or of a name such as /Upstream. */
    private boolean isKeyword(int at, String keyword) {
        return matchesAt(pdf, at, keyword)
                && (at == 0 || !isRegular(pdf[at - 1]))
                && (at + keyword.length() == pdf.length || !isRegular(pdf[at + keyword.length()]));
    }

    /** Stream data starts after the end of line that follows the keyword. */
    private int dataStart(int afterKeyword) {
        int at = afterKeyword;
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    /** An object stream's data as FlateDecode holds it; the only filter object streams use in practice. */
    private byte[] inflate(int start) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, start, pdf.length - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new RejectedUploadException("corrupt");
                }
                count(n);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new RejectedUploadException("corrupt");
        } finally {
            inflater.end();
        }
    }

    /**
     * Inflates a stream's data only to count it against the limits. A stream that does not inflate is left to the
     * reader (a damaged image is not a danger); what it produced before the damage counts.
     */
    private void measure(int from, int to) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, from, to - from);
            byte[] buffer = new byte[65536];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return;
                }
                count(n);
            }
        } catch (DataFormatException e) {
            // Not deflate data after all: nothing more to count.
        } finally {
            inflater.end();
        }
    }

    /** Adds {@code n} inflated bytes to the file's total and refuses it at the first byte over a limit. */
    private void count(int n) {
        inflated += n;
        if (inflated > OoxmlScanner.MAX_UNPACKED_BYTES) {
            throw new RejectedUploadException("tooLargeUnpacked",
                    UploadInspector.megabytes(OoxmlScanner.MAX_UNPACKED_BYTES, RoundingMode.DOWN));
        }
        if (inflated > OoxmlScanner.RATIO_CHECKED_ABOVE && inflated > (long) MAX_RATIO * pdf.length) {
            throw new RejectedUploadException("inflatesTooMuch");
        }
    }

    private static int indexOf(byte[] data, int from, String text) {
        for (int at = from; at <= data.length - text.length(); at++) {
            if (matchesAt(data, at, text)) {
                return at;
            }
        }
        return -1;
    }

    /** {@code text} is ASCII. */
    private static boolean matchesAt(byte[] data, int at, String text) {
        if (at + text.length() > data.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (data[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
