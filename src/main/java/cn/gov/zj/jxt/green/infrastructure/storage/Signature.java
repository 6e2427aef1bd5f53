package cn.gov.zj.jxt.green.infrastructure.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The magic numbers at the start of a file: what the content is, whatever its name says. Besides the kinds
 * the portal accepts, it knows programs (refused outright) and archives (refused inside a DOCX or XLSX), and
 * a few common formats so that a refusal can name what was sent.
 */
enum Signature {

    PDF(Category.DOCUMENT, "PDF", ascii("%PDF-")),
    /** Every OOXML file is a ZIP; which one (if any) only its entries tell. An empty ZIP is just an end record. */
    ZIP(Category.ARCHIVE, "ZIP", hex("504B0304"), hex("504B0506")),
    JPEG(Category.DOCUMENT, "JPEG", hex("FFD8FF")),
    PNG(Category.DOCUMENT, "PNG", hex("89504E470D0A1A0A")),
    /** OLE2 compound file: Word 97-2003 .doc, Excel .xls, and password-protected OOXML. */
    OLE2(Category.OTHER, "DOC/XLS", hex("D0CF11E0A1B11AE1")),
    GIF(Category.OTHER, "GIF", ascii("GIF87a"), ascii("GIF89a")),
    RTF(Category.OTHER, "RTF", ascii("{\\rtf")),
    RAR(Category.ARCHIVE, "RAR", ascii("Rar!\u001A\u0007")),
    SEVEN_ZIP(Category.ARCHIVE, "7Z", hex("377ABCAF271C")),
    GZIP(Category.ARCHIVE, "GZIP", hex("1F8B08")),
    BZIP2(Category.ARCHIVE, "BZIP2", ascii("BZh")),
    XZ(Category.ARCHIVE, "XZ", hex("FD377A585A00")),
    /** Windows PE (and DOS) programs and libraries. */
    WINDOWS_PROGRAM(Category.PROGRAM, "EXE", ascii("MZ")),
    ELF(Category.PROGRAM, "ELF", hex("7F454C46")),
    /** 32- and 64-bit, either byte order, and universal binaries (whose magic Java class files share). */
    MACH_O(Category.PROGRAM, "Mach-O", hex("FEEDFACE"), hex("FEEDFACF"), hex("CEFAEDFE"), hex("CFFAEDFE"),
            hex("CAFEBABE")),
    SCRIPT(Category.PROGRAM, "#!", ascii("#!"));

    enum Category {
        DOCUMENT, ARCHIVE, PROGRAM, OTHER
    }

    /** Enough for the longest signature. */
    static final int LONGEST = 8;

    private final Category category;
    private final String label;
    private final List<byte[]> prefixes;

    Signature(Category category, String label, byte[]... prefixes) {
        this.category = category;
        this.label = label;
        this.prefixes = List.of(prefixes);
    }

    static Optional<Signature> of(byte[] content) {
        return Arrays.stream(values()).filter(s -> s.prefixes.stream().anyMatch(p -> startsWith(content, p)))
                .findFirst();
    }

    Category category() {
        return category;
    }

    /** How a message names it; technical, so the same in every language. */
    String label() {
        return label;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String digits) {
        return HexFormat.of().parseHex(digits);
    }
}
