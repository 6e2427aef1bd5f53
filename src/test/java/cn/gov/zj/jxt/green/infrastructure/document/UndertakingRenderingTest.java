package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.institution.UndertakingFacts;
import cn.gov.zj.jxt.green.domain.model.institution.Undertakings;

/** The undertaking renders through the same renderers as every official document, with its facts filled in. */
class UndertakingRenderingTest {

    private static final UndertakingFacts FACTS = new UndertakingFacts("浙江滨江绿色评价有限公司（示例）",
            "91330108MA2CE0006A", "周明远", "杭州绿源精密制造有限公司（示例）", "91330106MA2GL0001N", "绿色低碳工厂",
            "2025年省级绿色低碳工业园区和工厂推荐", 2025, LocalDate.of(2025, 6, 3));

    private static PdfRenderer pdf;
    private static DocxRenderer docx;

    @BeforeAll
    static void loadFonts() {
        FontLibrary fonts = FontLibrary.bundled();
        pdf = new PdfRenderer(fonts);
        docx = new DocxRenderer(fonts);
    }

    @Test
    void thePdfCarriesTheTitleTheFactsTheBlanksAndTheInstitutionsSignOff() throws Exception {
        DocumentContent content = Undertakings.content(FACTS);

        try (PdfProbe probe = PdfProbe.of(pdf.render(content))) {
            String text = IntStream.rangeClosed(1, probe.pages()).mapToObj(probe::text)
                    .collect(Collectors.joining("\n"));
            String flat = text.replace("\n", "");
            assertTrue(probe.lines(1).get(0).text().contains("第三方评价机构承诺书"), "title first: " + text);
            for (String fact : List.of("浙江滨江绿色评价有限公司（示例）", "91330108MA2CE0006A", "周明远",
                    "杭州绿源精密制造有限公司（示例）", "91330106MA2GL0001N", "2025年度绿色低碳工厂",
                    "2025年省级绿色低碳工业园区和工厂推荐")) {
                assertTrue(flat.contains(fact), fact + " in " + text);
            }
            assertTrue(flat.contains("《绿色制造第三方评价工作要求》"), "004 §(十二)");
            assertTrue(flat.contains("总计不超过10项"), "003 §二(一)");
            assertTrue(flat.contains("总计不超过15项"), "004 §(二十二)");
            assertTrue(flat.contains("不弄虚作假"), "004 §(二十二)");
            assertTrue(flat.contains("法定代表人（签字）："), text);
            assertTrue(flat.contains("单位（盖章）："), text);
            List<String> lastLines = probe.lines(probe.pages()).stream().map(PdfProbe.TextLine::text)
                    .filter(l -> !l.isBlank() && !l.startsWith("—")).toList(); // not the page number
            assertEquals("2025年6月3日", lastLines.get(lastLines.size() - 1).strip(), "date last: " + lastLines);
            assertEquals("浙江滨江绿色评价有限公司（示例）", lastLines.get(lastLines.size() - 2).strip(),
                    "the institution signs: " + lastLines);
        }
    }

    @Test
    void theDocxCarriesTheSameText() throws Exception {
        DocumentContent content = Undertakings.content(FACTS);
        byte[] file = docx.render(content, DocxTemplate.bundled(DocumentFormat.PLAIN));

        WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(file));
        StringWriter text = new StringWriter();
        TextUtils.extractText(word.getMainDocumentPart().getJaxbElement(), text);
        String all = text.toString();
        assertTrue(all.contains(Undertakings.TITLE), all);
        for (String paragraph : content.body()) {
            assertTrue(all.contains(paragraph.strip()), paragraph + " in " + all);
        }
        assertTrue(all.contains("浙江滨江绿色评价有限公司（示例）") && all.contains("2025年6月3日"), all);
    }
}
