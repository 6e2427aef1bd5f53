package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

class FontLibraryTest {

    @AfterEach
    void clearSettings() {
        for (OfficialFont role : OfficialFont.values()) {
            System.clearProperty(role.property());
        }
    }

    /** Every stand-in has every character the sample documents print, Latin digits included. */
    @Test
    void bundledFontsLoadAndCoverTheSamples() {
        FontLibrary fonts = FontLibrary.bundled();
        String text = List.of(SampleDocuments.file(), SampleDocuments.letter(), SampleDocuments.joint(12),
                SampleDocuments.plain()).stream().map(FontLibraryTest::everything).collect(Collectors.joining())
                + "— 0123456789 〔〕号附件文件抄送印发";
        for (OfficialFont role : OfficialFont.values()) {
            String missing = text.codePoints().filter(c -> c > ' ' && !fonts.font(role).charExists(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals("", missing, role + " lacks characters");
            assertFalse(fonts.configured(role));
        }
        assertTrue(fonts.syntheticBold(OfficialFont.XIAOBIAOSONG), "the light stand-in for 小标宋 is emboldened");
        assertFalse(fonts.syntheticBold(OfficialFont.FANGSONG));
        assertSame(fonts.font(OfficialFont.FANGSONG), fonts.font(OfficialFont.SONGTI), "one file, parsed once");
        assertTrue(fonts.describe().contains("heiti=wqy-microhei.ttc (bundled)"), fonts.describe());
    }

    /** PORTAL_FONT_* (here as system properties) point roles at licensed files; 小标宋 then is not emboldened. */
    @Test
    void aConfiguredFontReplacesTheStandIn(@TempDir Path dir) throws IOException {
        Path licensed = dir.resolve("licensed.ttf");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(FontLibrary.BUNDLED_DIRECTORY + "gkai00mp.ttf")) {
            Files.write(licensed, in.readAllBytes());
        }
        assertEquals("PORTAL_FONT_FANGSONG", OfficialFont.FANGSONG.setting());
        System.setProperty("portal.font.fangsong", licensed.toString());
        System.setProperty("portal.font.xiaobiaosong", licensed.toString());

        Map<OfficialFont, Path> overrides = new PortalSettings().fontOverrides();
        assertEquals(Map.of(OfficialFont.FANGSONG, licensed, OfficialFont.XIAOBIAOSONG, licensed), overrides);
        FontLibrary fonts = FontLibrary.load(overrides);
        assertTrue(fonts.configured(OfficialFont.FANGSONG));
        assertFalse(fonts.syntheticBold(OfficialFont.XIAOBIAOSONG));
        String kai = fonts.font(OfficialFont.KAITI).getPostscriptFontName();
        assertEquals(kai, fonts.font(OfficialFont.FANGSONG).getPostscriptFontName());

        try (PdfProbe pdf = PdfProbe.of(new PdfRenderer(fonts).render(SampleDocuments.file()))) {
            PdfProbe.TextLine recipients = pdf.lines(1).stream().filter(l -> l.text().startsWith("各市")).findFirst()
                    .orElseThrow();
            assertTrue(recipients.glyphs().stream().allMatch(g -> g.font().endsWith(kai)), "仿宋 is the configured font");
            assertFalse(contentOf(pdf.document().getPage(0)).contains("2 Tr"), "no synthetic bold");
        }
        try (PdfProbe pdf = PdfProbe.of(new PdfRenderer(FontLibrary.bundled()).render(SampleDocuments.file()))) {
            assertTrue(contentOf(pdf.document().getPage(0)).contains("2 Tr"), "the stand-in is filled and stroked");
        }
    }

    @Test
    void aMissingConfiguredFileNamesTheSetting() {
        Path missing = Path.of("no-such-directory", "heiti.ttf");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FontLibrary.load(Map.of(OfficialFont.HEITI, missing)));
        assertTrue(e.getMessage().contains("PORTAL_FONT_HEITI"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aFileThatIsNotAFontNamesTheSetting(@TempDir Path dir) throws IOException {
        Path notAFont = dir.resolve("kaiti.ttf");
        Files.writeString(notAFont, "not a font", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FontLibrary.load(Map.of(OfficialFont.KAITI, notAFont)));
        assertTrue(e.getMessage().contains("PORTAL_FONT_KAITI"), e.getMessage());
    }

    private static String contentOf(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** All the text a document prints. */
    private static String everything(DocumentContent c) {
        StringBuilder text = new StringBuilder(c.title());
        c.agencies().forEach(a -> text.append(a.name()));
        text.append(c.number() == null ? "" : c.number()).append(c.recipients() == null ? "" : c.recipients());
        c.body().forEach(text::append);
        text.append(DocumentContent.chineseDate(c.date()));
        for (Annex annex : c.annexes()) {
            text.append(annex.title());
            for (AnnexBlock block : annex.blocks()) {
                if (block instanceof AnnexBlock.Text t) {
                    text.append(t.text());
                } else if (block instanceof AnnexBlock.Table t) {
                    t.columns().forEach(text::append);
                    t.rows().forEach(row -> row.forEach(text::append));
                }
            }
        }
        Imprint imprint = c.imprint();
        if (imprint != null) {
            text.append(imprint.copyTo()).append(imprint.printedBy());
        }
        return text.toString();
    }
}
