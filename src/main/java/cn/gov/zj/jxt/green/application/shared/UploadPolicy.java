package cn.gov.zj.jxt.green.application.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which kinds of file an upload accepts, and how large a file may be. */
public record UploadPolicy(Set<FileKind> kinds, long maxBytes) {

    public static final long MEGABYTE = 1024 * 1024;

    /** An upload is held in memory while it is checked, so it must fit in one array. */
    private static final long LARGEST_POSSIBLE = Integer.MAX_VALUE - 8;

    public UploadPolicy {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an upload policy accepts at least one kind");
        }
        if (maxBytes < 1 || maxBytes > LARGEST_POSSIBLE) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Annexes of a notice: the call's text, its forms and tables. */
    public static UploadPolicy noticeAnnexes() {
        return new UploadPolicy(EnumSet.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX), 20 * MEGABYTE);
    }

    /** Evidence to a named report or an objection: scans and photographs. */
    public static UploadPolicy evidence() {
        return new UploadPolicy(EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG), 10 * MEGABYTE);
    }

    /** An applicant's evaluation report (004 §(十二)) and an institution's signed undertaking: PDF only. */
    public static UploadPolicy evaluationReport() {
        return new UploadPolicy(EnumSet.of(FileKind.PDF), 20 * MEGABYTE);
    }

    /** A clerk's replacement DOCX template of an official document format. */
    public static UploadPolicy template() {
        return new UploadPolicy(EnumSet.of(FileKind.DOCX), 5 * MEGABYTE);
    }

    /** A table to import rows from (the exclusion register): CSV as Excel saves it, or XLSX. */
    public static UploadPolicy tabularImport() {
        return new UploadPolicy(EnumSet.of(FileKind.CSV, FileKind.XLSX), 5 * MEGABYTE);
    }

    public boolean accepts(FileKind kind) {
        return kinds.contains(kind);
    }

    /** The accepted kinds as a message shows them, e.g. "PDF/DOCX/XLSX" (the same in every language). */
    public String kindsLabel() {
        return kinds.stream().map(FileKind::name).collect(Collectors.joining("/"));
    }
}
