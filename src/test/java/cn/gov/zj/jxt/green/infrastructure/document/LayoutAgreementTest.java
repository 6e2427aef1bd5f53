package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBElement;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.institution.UndertakingFacts;
import cn.gov.zj.jxt.green.domain.model.institution.Undertakings;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPage;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPart;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Table;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The DOCX and the PDF of one document agree where the layout plan decides: every title breaks into the same lines,
 * and every annex table puts the same rows on each page. Both files are read back (docx4j, PDFBox) and compared with
 * the plan, for every format the portal renders: 文件 of one agency and joint, 信函 with a caption over its table,
 * plain 公示 and the undertaking, short tables and a list of 300 rows.
 */
class LayoutAgreementTest {

    private static LayoutPlanner planner;
    private static DocxRenderer docx;
    private static PdfRenderer pdf;

    @BeforeAll
    static void loadFonts() {
        FontLibrary fonts = FontLibrary.bundled();
        planner = new LayoutPlanner(fonts);
        docx = new DocxRenderer(fonts);
        pdf = new PdfRenderer(fonts);
    }

    static Stream<Arguments> documents() {
        UndertakingFacts facts = new UndertakingFacts("浙江滨江绿色评价有限公司（示例）", "91330108MA2CE0006A", "周明远",
                "杭州绿源精密制造有限公司（示例）", "91330106MA2GL0001N", "绿色低碳工厂", "2025年省级绿色低碳工业园区和工厂推荐",
                2025, LocalDate.of(2025, 6, 3));
        return Stream.of(Arguments.of("file", SampleDocuments.file()),
                Arguments.of("letter", SampleDocuments.letter()),
                Arguments.of("joint", SampleDocuments.joint(3)),
                Arguments.of("joint list", SampleDocuments.joint(300)),
                Arguments.of("plain", SampleDocuments.plain()),
                Arguments.of("undertaking", Undertakings.content(facts)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocxAndThePdfBreakEveryTitleAsThePlanDoes(String name, DocumentContent content) throws IOException {
        LayoutPlan plan = planner.plan(content);
        List<List<String>> titles = new ArrayList<>();
        titles.add(plan.main().titleLines());
        plan.annexes().stream().map(AnnexPage::titleLines).forEach(titles::add);

        assertEquals(titles, docxTitles(docx(content)), "DOCX");
        assertEquals(titles, pdfTitles(pdf.render(content)), "PDF");
        for (List<String> lines : titles) {
            assertTrue(lines.stream().allMatch(l -> Gbt9704.widthInChars(l) < LayoutPlanner.TITLE_CAPACITY), name
                    + ": every line a character short of the text block: " + lines);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocxAndThePdfPutTheSameTableRowsOnEachPage(String name, DocumentContent content) throws IOException {
        LayoutPlan plan = planner.plan(content);
        List<Table> tables = plan.annexes().stream().flatMap(a -> a.parts().stream())
                .filter(Table.class::isInstance).map(Table.class::cast).toList();
        List<AnnexBlock.Table> given = content.annexes().stream().filter(a -> a.rendered())
                .flatMap(a -> a.blocks().stream()).filter(AnnexBlock.Table.class::isInstance)
                .map(AnnexBlock.Table.class::cast).toList();
        assertEquals(given.size(), tables.size());
        for (int i = 0; i < tables.size(); i++) {
            assertEquals(given.get(i).rows(), tables.get(i).rows(), "every row once, in order");
            assertTrue(tables.get(i).pages().stream().noneMatch(List::isEmpty), "no page of a header alone");
        }

        assertEquals(tables.stream().map(Table::rowsPerPage).toList(), docxRowsPerPage(docx(content)), "DOCX");

        assertEquals(tablePages(plan), pdfTablePages(pdf.render(content)), "PDF");
    }

    /**
     * The table text the plan puts on each page: the header and that page's rows of every table there. An annex
     * starts a page, and so do a part the plan moves to the next page and each next page of a table.
     */
    private static List<String> tablePages(LayoutPlan plan) {
        List<String> pages = new ArrayList<>();
        for (AnnexPage annex : plan.annexes()) {
            StringBuilder page = new StringBuilder();
            for (AnnexPart part : annex.parts()) {
                if (part.newPage()) {
                    page = turn(page, pages);
                }
                if (part instanceof Table table) {
                    for (int i = 0; i < table.pages().size(); i++) {
                        if (i > 0) {
                            page = turn(page, pages);
                        }
                        Stream.concat(Stream.of(table.columns()), table.pages().get(i).stream())
                                .flatMap(List::stream).forEach(page::append);
                    }
                }
            }
            turn(page, pages);
        }
        return pages;
    }

    private static StringBuilder turn(StringBuilder page, List<String> pages) {
        if (!page.isEmpty()) {
            pages.add(characters(page.toString()));
        }
        return new StringBuilder();
    }

    /** The long list runs over many pages, each full up to a row: the division is worth checking at all. */
    @Test
    void aLongListFillsItsPagesWithWholeRows() {
        Table list = (Table) planner.plan(SampleDocuments.joint(300)).annexes().get(0).parts().get(0);

        List<Integer> perPage = list.rowsPerPage();
        assertTrue(perPage.size() > 10, perPage.toString());
        assertEquals(300, perPage.stream().mapToInt(Integer::intValue).sum());
        // Pages after the first hold the same number of these one-line rows, give or take a wrapped name.
        List<Integer> middle = perPage.subList(1, perPage.size() - 1);
        assertTrue(middle.stream().allMatch(n -> n > perPage.get(0)), "the first page also holds the heading");
        assertTrue(middle.stream().mapToInt(Integer::intValue).max().orElseThrow()
                - middle.stream().mapToInt(Integer::intValue).min().orElseThrow() <= 2, middle.toString());
    }

    // --- reading the files back

    private static byte[] docx(DocumentContent content) {
        return docx.render(content, DocxTemplate.bundled(content.format()));
    }

    private static WordprocessingMLPackage load(byte[] file) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(file));
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines of the title and of each annex title, split at their line breaks. */
    private static List<List<String>> docxTitles(byte[] file) {
        List<List<String>> titles = new ArrayList<>();
        Wml.walk(load(file).getMainDocumentPart().getJaxbElement(), (name, node) -> {
            if (node instanceof P p && ("DocTitle".equals(style(p)) || "DocAnnexTitle".equals(style(p)))) {
                List<String> lines = new ArrayList<>(List.of(""));
                Wml.walk(p, (n, child) -> {
                    if (child instanceof Br) {
                        lines.add("");
                    } else if ("t".equals(n) && child instanceof Text t) {
                        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + t.getValue());
                    }
                });
                titles.add(lines);
            }
        });
        return titles;
    }

    /** The 2号 lines of each page that has any: the title, then each annex's title. */
    private static List<List<String>> pdfTitles(byte[] file) throws IOException {
        List<List<String>> titles = new ArrayList<>();
        try (PdfProbe probe = PdfProbe.of(file)) {
            for (int page = 1; page <= probe.pages(); page++) {
                List<String> lines = probe.lines(page).stream().filter(l -> Math.abs(l.size() - 22) < 0.1)
                        .map(PdfProbe.TextLine::text).toList();
                if (!lines.isEmpty()) {
                    titles.add(lines);
                }
            }
        }
        return titles;
    }

    /**
     * Rows per page of each annex table: a table is one whose header row is in DocTableHeader; a page begins at
     * every row whose first paragraph breaks the page before it.
     */
    private static List<List<Integer>> docxRowsPerPage(byte[] file) {
        List<List<Integer>> tables = new ArrayList<>();
        Wml.walk(load(file).getMainDocumentPart().getJaxbElement(), (name, node) -> {
            if (!(node instanceof Tbl tbl)) {
                return;
            }
            List<Tr> rows = tbl.getContent().stream().map(LayoutAgreementTest::unwrap)
                    .filter(Tr.class::isInstance).map(Tr.class::cast).toList();
            if (rows.isEmpty() || !"DocTableHeader".equals(style(firstParagraph(rows.get(0))))) {
                return;
            }
            List<Integer> perPage = new ArrayList<>(List.of(0));
            for (Tr row : rows.subList(1, rows.size())) {
                P first = firstParagraph(row);
                if (first.getPPr().getPageBreakBefore() != null && first.getPPr().getPageBreakBefore().isVal()) {
                    perPage.add(0);
                }
                perPage.set(perPage.size() - 1, perPage.get(perPage.size() - 1) + 1);
            }
            tables.add(perPage);
        });
        return tables;
    }

    /** The characters in 小4号 (the annex tables' size) on each page that has any, sorted. */
    private static List<String> pdfTablePages(byte[] file) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfProbe probe = PdfProbe.of(file)) {
            for (int page = 1; page <= probe.pages(); page++) {
                String text = probe.glyphs(page).stream().filter(g -> Math.abs(g.size() - PdfLayout.SIZE_TABLE) < 0.1)
                        .map(PdfProbe.Glyph::text).collect(Collectors.joining());
                if (!text.isBlank()) {
                    pages.add(characters(text));
                }
            }
        }
        assertFalse(pages.contains(""));
        return pages;
    }

    /** A text's characters without spaces, sorted: what a page shows, whatever the order it is read in. */
    private static String characters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static P firstParagraph(Object container) {
        List<P> found = new ArrayList<>();
        Wml.walk(container, (name, node) -> {
            if (node instanceof P p && found.isEmpty()) {
                found.add(p);
            }
        });
        return found.get(0);
    }

    private static String style(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null ? null : p.getPPr().getPStyle().getVal();
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
