package cn.gov.zj.jxt.green.infrastructure.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.BaseFont;

/**
 * One font per {@link OfficialFont} role, loaded once and shared by every render: parsing a 5 MB CJK font takes far
 * longer than laying out a document. Fonts are embedded as subsets (only the glyphs a document uses) with Identity-H
 * encoding, so any character the font has can be written.
 *
 * <p>By default the roles are filled by the free stand-ins bundled under {@code document-templates/fonts/} on the
 * classpath (read as bytes: inside WildFly they sit in the WAR, not on disk). A deployment with licensed official fonts
 * overrides roles by file path; such a font is used as it is, so 小标宋 then gets no synthetic bold.
 *
 * <p>Immutable and safe to share between threads: OpenPDF keeps the per-document glyph usage in the writer, not in
 * the {@link BaseFont}.
 */
public final class FontLibrary {

    static final String BUNDLED_DIRECTORY = "document-templates/fonts/";

    /** Characters every document prints (agency, number, date): a configured font without them is the wrong font. */
    private static final String PROBE = "浙江省经济和信息化厅文件关于通知〔〕号年月日附件抄送印发，。：（）0123456789";

    private final Map<OfficialFont, BaseFont> fonts;
    private final Map<OfficialFont, String> sources;
    private final Set<OfficialFont> configured;

    private FontLibrary(Map<OfficialFont, BaseFont> fonts, Map<OfficialFont, String> sources,
            Set<OfficialFont> configured) {
        this.fonts = Collections.unmodifiableMap(fonts);
        this.sources = Collections.unmodifiableMap(sources);
        this.configured = Collections.unmodifiableSet(configured);
    }

    /** The bundled stand-ins for every role. */
    public static FontLibrary bundled() {
        return load(Map.of());
    }

    /**
     * Loads every role: from {@code overrides} where given (licensed font files, from the PORTAL_FONT_* settings),
     * otherwise the bundled stand-in.
     *
     * @throws IllegalStateException naming the setting, when a configured file is missing, unreadable, not an
     *                               embeddable font or lacks common characters; or when a bundled font is missing
     */
    public static FontLibrary load(Map<OfficialFont, Path> overrides) {
        Map<OfficialFont, BaseFont> fonts = new EnumMap<>(OfficialFont.class);
        Map<OfficialFont, String> sources = new EnumMap<>(OfficialFont.class);
        Set<OfficialFont> configured = EnumSet.noneOf(OfficialFont.class);
        // Three roles share one bundled file: parse it once.
        Map<String, BaseFont> bundledByFile = new HashMap<>();
        for (OfficialFont role : OfficialFont.values()) {
            Path path = overrides.get(role);
            if (path != null) {
                fonts.put(role, configuredFont(role, path));
                sources.put(role, path.toString());
                configured.add(role);
            } else {
                fonts.put(role, bundledByFile.computeIfAbsent(role.bundledFile(), FontLibrary::bundledFont));
                sources.put(role, role.bundledFile() + " (bundled)");
            }
        }
        return new FontLibrary(fonts, sources, configured);
    }

    public BaseFont font(OfficialFont role) {
        return fonts.get(role);
    }

    /**
     * Whether text in this role is drawn with a synthetic bold (fill and stroke): the bundled stand-in for 小标宋 is a
     * light 宋体 and needs the weight; a licensed 小标宋 is bold by design.
     */
    public boolean syntheticBold(OfficialFont role) {
        return role == OfficialFont.XIAOBIAOSONG && !configured.contains(role);
    }

    /** Whether the role uses a configured (licensed) font rather than the bundled stand-in. */
    public boolean configured(OfficialFont role) {
        return configured.contains(role);
    }

    /** Which file fills each role, for the start-up log. */
    public String describe() {
        return sources.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static BaseFont bundledFont(String file) {
        String resource = BUNDLED_DIRECTORY + file;
        byte[] bytes;
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font " + resource + " is not on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read bundled font " + resource, e);
        }
        try {
            return create(resource, bytes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Bundled font " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static BaseFont configuredFont(OfficialFont role, Path path) {
        String setting = role.setting() + " (" + role.property() + ")";
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalStateException(setting + " names the font file " + path
                    + ", which does not exist or cannot be read");
        }
        BaseFont font;
        try {
            font = create(path.toAbsolutePath().toString(), Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(setting + " names " + path
                    + ", which is not a TrueType/OpenType font that can be embedded: " + e.getMessage(), e);
        }
        String missing = PROBE.codePoints().filter(c -> !font.charExists(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(setting + " names " + path
                    + ", a font without characters every document uses: " + missing);
        }
        return font;
    }

    /** A .ttc holds several fonts; OpenPDF takes the first as "file.ttc,0". */
    private static BaseFont create(String name, byte[] bytes) throws IOException {
        String fontName = name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
        return BaseFont.createFont(fontName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
    }
}
