package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.domain.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;

/**
 * Decides whether an uploaded file may be kept, from its bytes alone: the name and the browser's content type
 * are the sender's claims, the content is what a reader will open. A file is refused (a
 * {@link RejectedUploadException}) unless its content is a sound file of a kind the policy accepts, within
 * its size, free of active content, and named like what it is. Holds no state, so one instance serves all.
 */
@ApplicationScoped
public class UploadInspector implements UploadInspection {

    public static final int MAX_FILE_NAME_LENGTH = 200;

    /** Above the photographs of common phones and cameras, far below what exhausts memory when decoded. */
    public static final long MAX_PIXELS = 50_000_000;

    /** What the content turned out to be: a label to name it by, and its kind, or null if the portal has none. */
    record Identified(String label, FileKind kind) {
    }

    @Override
    public InspectedUpload inspect(String originalFileName, byte[] content, UploadPolicy policy) {
        String name = displayName(originalFileName);
        if (content == null || content.length == 0) {
            throw new RejectedUploadException("empty");
        }
        if (content.length > policy.maxBytes()) {
            throw new RejectedUploadException("tooLarge", megabytes(policy.maxBytes(), RoundingMode.DOWN),
                    megabytes(content.length, RoundingMode.UP));
        }
        // Our own copy: the caller cannot change the bytes between the check and their storage.
        return check(name, content.clone(), policy);
    }

    /**
     * Reads at most one byte past the policy's limit, so a client cannot make the server hold more than that.
     * Past the limit the size is not known; the refusal names only the limit. An upload that breaks off while it is
     * read is refused as corrupt.
     */
    @Override
    public InspectedUpload inspect(String originalFileName, InputStream content, UploadPolicy policy) {
        String name = displayName(originalFileName);
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) policy.maxBytes() + 1);
        } catch (IOException e) {
            throw new RejectedUploadException("corrupt");
        }
        if (bytes.length == 0) {
            throw new RejectedUploadException("empty");
        }
        if (bytes.length > policy.maxBytes()) {
            throw new RejectedUploadException("tooLargeStreamed", megabytes(policy.maxBytes(), RoundingMode.DOWN));
        }
        return check(name, bytes, policy);
    }

    private static InspectedUpload check(String name, byte[] content, UploadPolicy policy) {
        Identified found = identify(content, policy);
        if (found.kind() == null || !policy.accepts(found.kind())) {
            throw new RejectedUploadException("kindNotAllowed", found.label(), policy.kindsLabel());
        }
        FileKind kind = found.kind();
        String fileName = withExtensionOf(kind, name);
        switch (kind) {
            case PDF -> PdfScanner.check(content);
            case JPEG, PNG -> checkPixels(ImageHeader.read(kind, content));
            // OOXML was checked entry by entry while identifying it.
            case DOCX, XLSX -> {
            }
            // Known to be plain text while identifying it; a CSV is data, never opened as a program.
            case CSV -> {
            }
        }
        return new InspectedUpload(fileName, kind, kind.mediaType(), content, Sha256.hex(content));
    }

    private static Identified identify(byte[] content, UploadPolicy policy) {
        java.util.Optional<Signature> magic = Signature.of(content);
        if (magic.isEmpty() && policy.accepts(FileKind.CSV) && PlainText.isPlainText(content)) {
            return new Identified(FileKind.CSV.name(), FileKind.CSV);
        }
        Signature signature = magic
                .orElseThrow(() -> new RejectedUploadException("unknownKind", policy.kindsLabel()));
        return switch (signature) {
            case PDF -> new Identified(signature.label(), FileKind.PDF);
            case JPEG -> new Identified(signature.label(), FileKind.JPEG);
            case PNG -> new Identified(signature.label(), FileKind.PNG);
            case ZIP -> OoxmlScanner.scan(content);
            default -> {
                if (signature.category() == Signature.Category.PROGRAM) {
                    throw new RejectedUploadException("executable", signature.label());
                }
                yield new Identified(signature.label(), null);
            }
        };
    }

    /**
     * The name to show, NFC-normalised so that the same Chinese name typed on different systems compares
     * equal. Anything that could act as a path, hide characters or pass for another name is refused, even
     * though the name is never used to store the file: it reaches download headers, logs and other systems.
     */
    private static String displayName(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_FILE_NAME_LENGTH || name.startsWith(".")
                || name.contains("..") || name.contains("/") || name.contains("\\")
                || name.codePoints().anyMatch(UploadInspector::isControlOrInvisible)) {
            throw new RejectedUploadException("fileName", MAX_FILE_NAME_LENGTH);
        }
        return name;
    }

    /** Control characters (NUL among them) and invisible ones such as the right-to-left override. */
    private static boolean isControlOrInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A name without an extension gets the kind's; one with another kind's extension is refused. */
    private static String withExtensionOf(FileKind kind, String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return name + "." + kind.extension();
        }
        String extension = name.substring(dot + 1);
        if (extension.isEmpty()) {
            return name + kind.extension();
        }
        if (!kind.hasExtension(extension.toLowerCase(Locale.ROOT))) {
            throw new RejectedUploadException("extensionMismatch", extension, kind.name());
        }
        return name;
    }

    private static void checkPixels(ImageHeader header) {
        if ((long) header.width() * header.height() > MAX_PIXELS) {
            throw new RejectedUploadException("imageTooLarge", header.width(), header.height(),
                    MAX_PIXELS / 1_000_000);
        }
    }

    /**
     * Bytes in MB with one decimal, as messages show them. A limit is rounded down and a found size up, so
     * that a refused file never appears to fit.
     */
    static String megabytes(long bytes, RoundingMode rounding) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(UploadPolicy.MEGABYTE), 1, rounding)
                .stripTrailingZeros().toPlainString();
    }
}
