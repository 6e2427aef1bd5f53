package cn.gov.zj.jxt.green.infrastructure.document;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException.Problem;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

class DocxTemplateTest {

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void bundledTemplatesKeepTheirOwnRules(DocumentFormat format) {
        DocxTemplate bundled = DocxTemplate.bundled(format);

        assertEquals(format, bundled.format());
        DocxTemplate again = DocxTemplate.validate(format, bundled.bytes());
        assertArrayEquals(bundled.bytes(), again.bytes());
    }

    @Test
    void aDocxSavedFromTheBundledTemplateIsAccepted() throws Exception {
        // What a clerk uploads: the template opened and saved as .docx.
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(
                new ByteArrayInputStream(DocxTemplate.bundled(DocumentFormat.LETTER).bytes()));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        pkg.save(docx);

        DocxTemplate template = DocxTemplate.validate(DocumentFormat.LETTER, docx.toByteArray());

        assertEquals('P', (char) template.bytes()[0], "kept as the zip it came as");
    }

    @Test
    void aMarginOffByMoreThanOneMillimetreIsNamedWithItsNumbers() {
        // 天头 40 mm instead of 37: the margin, and with it the 22 lines of the grid.
        String xml = bundled(DocumentFormat.FILE).replace("w:top=\"2098\"", "w:top=\"2268\"");

        List<Problem> problems = refused(DocumentFormat.FILE, xml);

        assertEquals(List.of(new Problem("document.template.marginTop", mm("40.0"), mm("37.0")),
                new Problem("document.template.grid", 21, 28)), problems);
    }

    @Test
    void aMarginWithinOneMillimetreIsAccepted() {
        // 订口 28.8 mm, and the character pitch Word then sets for 28 characters: 155.2 mm / 28.
        String xml = bundled(DocumentFormat.PLAIN).replace("w:left=\"1587\"", "w:left=\"1633\"")
                .replace("w:charSpace=\"-842\"", "w:charSpace=\"-1178\"");
        assertTrue(xml.contains("w:left=\"1633\"") && xml.contains("w:charSpace=\"-1178\""), "the margin moved");

        DocxTemplate template = DocxTemplate.validate(DocumentFormat.PLAIN, xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(DocumentFormat.PLAIN, template.format());
        assertArrayEquals(xml.getBytes(StandardCharsets.UTF_8), template.bytes(), "kept as uploaded");
        assertEquals(List.of(), TemplateRules.check(DocumentFormat.PLAIN, template.load()));
        // A millimetre more (订口 30 mm) is refused: the tolerance, not the check, let 28.8 mm through.
        assertEquals("document.template.marginLeft", refused(DocumentFormat.PLAIN,
                xml.replace("w:left=\"1633\"", "w:left=\"1701\"")).get(0).messageKey());
    }

    @Test
    void aMissingStyleIsNamed() {
        String xml = bundled(DocumentFormat.FILE).replace("w:styleId=\"DocBody\"", "w:styleId=\"Body\"")
                .replace("w:styleId=\"DocHeadingFirst\"", "w:styleId=\"HeadingFirst\"");

        assertEquals(List.of(new Problem("document.template.styleMissing", "DocBody"),
                new Problem("document.template.styleMissing", "DocHeadingFirst")),
                refused(DocumentFormat.FILE, xml));
    }

    @Test
    void aPaperOtherThanA4IsRefusedWithEveryConsequence() {
        // US Letter with the right margins: the paper, and the grid no longer fits 22 × 28.
        String xml = bundled(DocumentFormat.FILE).replace("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
                "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>");

        assertEquals(List.of(new Problem("document.template.paperSize", mm("215.9"), mm("279.4")),
                new Problem("document.template.grid", 20, 29)), refused(DocumentFormat.FILE, xml));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        String xml = bundled(DocumentFormat.FILE)
                .replace("w:right=\"1474\"", "w:right=\"1800\"")
                .replace("w:styleId=\"DocTitle\"", "w:styleId=\"Title\"")
                .replace("<w:evenAndOddHeaders/>", "")
                .replace("<w:footerReference w:type=\"even\" r:id=\"rId5\"/>", "");

        List<Problem> problems = refused(DocumentFormat.FILE, xml);

        assertEquals(List.of("document.template.marginRight", "document.template.grid",
                "document.template.styleMissing", "document.template.evenPageNumberMissing",
                "document.template.evenAndOddHeadersOff"), problems.stream().map(Problem::messageKey).toList());
        assertEquals(new Problem("document.template.marginRight", mm("31.8"), mm("26.0")), problems.get(0));
    }

    @Test
    void aFooterWithoutPageNumberIsRefused() {
        String xml = bundled(DocumentFormat.PLAIN).replaceFirst("<w:fldSimple w:instr=\" PAGE \">",
                "<w:fldSimple w:instr=\" DATE \">");

        assertEquals(List.of(new Problem("document.template.oddPageNumberMissing")),
                refused(DocumentFormat.PLAIN, xml));
    }

    @Test
    void aComplexPageFieldCountsAsPageNumber() {
        // Word writes the field as fldChar/instrText runs when a clerk saves the template.
        String xml = bundled(DocumentFormat.PLAIN).replaceFirst(
                "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE "
                        + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t>"
                        + "</w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        assertTrue(xml.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), "the field rewritten");

        DocxTemplate template = DocxTemplate.validate(DocumentFormat.PLAIN, xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(DocumentFormat.PLAIN, template.format());
        assertEquals(List.of(), TemplateRules.check(DocumentFormat.PLAIN, template.load()));
        // The same runs around another field leave the footer without its number.
        assertEquals(List.of(new Problem("document.template.oddPageNumberMissing")), refused(DocumentFormat.PLAIN,
                xml.replace("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
                        "<w:instrText xml:space=\"preserve\"> DATE </w:instrText>")));
    }

    @Test
    void aLetterNeedsItsLetterheadAndNoNumberOnPageOne() {
        String xml = bundled(DocumentFormat.LETTER)
                .replace("<w:tag w:val=\"agency-mark\"/>", "<w:tag w:val=\"title\"/>")
                .replace("<w:pStyle w:val=\"DocLetterRule\"/>\n          </w:pPr>",
                        "<w:pStyle w:val=\"DocLetterRule\"/>\n          </w:pPr>"
                                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>")
                .replace("<w:titlePg/>", "");

        assertEquals(List.of(new Problem("document.template.titlePageOff"),
                new Problem("document.template.firstPageNumbered"),
                new Problem("document.template.agencyMarkMissing", "agency-mark")),
                refused(DocumentFormat.LETTER, xml));
    }

    @Test
    void aFileTemplateIsNoLetterTemplate() {
        List<Problem> problems = refused(DocumentFormat.LETTER, bundled(DocumentFormat.FILE));

        assertEquals(List.of(new Problem("document.template.titlePageOff"),
                new Problem("document.template.agencyMarkMissing", "agency-mark")), problems);
    }

    @Test
    void aWordTemplateFileIsRefused() {
        String xml = bundled(DocumentFormat.PLAIN).replace("wordprocessingml.document.main+xml",
                "wordprocessingml.template.main+xml");

        assertEquals(List.of(new Problem("document.template.notDocx")), refused(DocumentFormat.PLAIN, xml));
    }

    @Test
    void whatIsNoWordDocumentIsRefusedAsSuch() throws IOException {
        Problem notWord = new Problem("document.template.notWord");
        assertEquals(List.of(notWord), refused(DocumentFormat.FILE, "%PDF-1.7 not a document"));
        assertEquals(List.of(notWord), refused(DocumentFormat.FILE, "<?xml version=\"1.0\"?><html/>"));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("a zip, but no Office package".getBytes(StandardCharsets.UTF_8));
        }
        InvalidTemplateException e = assertThrows(InvalidTemplateException.class,
                () -> DocxTemplate.validate(DocumentFormat.FILE, zip.toByteArray()));
        assertEquals(List.of(notWord), e.problems());
        assertEquals("document.template.invalid", e.messageKey());
    }

    private static List<Problem> refused(DocumentFormat format, String xml) {
        InvalidTemplateException e = assertThrows(InvalidTemplateException.class,
                () -> DocxTemplate.validate(format, xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("document.template.invalid", e.messageKey());
        assertEquals(e.problems().size(), e.parameters()[0]);
        assertTrue(!e.problems().isEmpty());
        return e.problems();
    }

    private static String bundled(DocumentFormat format) {
        return new String(DocxTemplate.bundled(format).bytes(), StandardCharsets.UTF_8);
    }

    private static BigDecimal mm(String value) {
        return new BigDecimal(value);
    }
}
