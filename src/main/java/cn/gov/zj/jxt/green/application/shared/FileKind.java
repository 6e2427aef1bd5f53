package cn.gov.zj.jxt.green.application.shared;

import java.util.List;

/** The kinds of file the portal accepts, each recognised by its content (see {@link UploadInspection}). */
public enum FileKind {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    /** Comma-separated text in UTF-8 or GB18030; it has no magic number, so it is recognised as plain text. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final List<String> extensions;

    /** The first extension is the usual one. */
    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a file of this kind is given when its name has none, lower case, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether a name ending in {@code .extension} (lower case, without the dot) may hold this kind. */
    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }
}
