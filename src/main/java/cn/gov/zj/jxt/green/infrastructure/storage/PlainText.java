package cn.gov.zj.jxt.green.infrastructure.storage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text files have no magic number: content is taken for text when it decodes cleanly as UTF-8 (with or without
 * a byte-order mark) or as GB18030, what Excel in China saves a CSV as, and holds no control characters but tab
 * and line breaks. Binary content fails one test or the other almost at once.
 */
public final class PlainText {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PlainText() {
    }

    static boolean isPlainText(byte[] content) {
        return decode(content).filter(PlainText::onlyPrintable).isPresent();
    }

    /**
     * The text of {@code content}: UTF-8 when it has the mark or decodes as UTF-8 without error (GB18030 bytes of
     * Chinese text practically never do), else GB18030; empty when neither decodes cleanly. The mark is dropped.
     */
    public static Optional<String> decode(byte[] content) {
        if (startsWithBom(content)) {
            return strict(StandardCharsets.UTF_8, content, UTF8_BOM.length);
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, content, 0);
        return utf8.isPresent() ? utf8 : strict(GB18030, content, 0);
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static Optional<String> strict(Charset charset, byte[] content, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean onlyPrintable(String text) {
        return text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r');
    }
}
