package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_BOTTOM;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_RIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.LINE;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.SIZE_3;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.SIZE_4;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.column;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Box;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.TextLine;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The annex pages and the 版记 of the PDF, read back and measured against GB/T 9704-2012: each annex from a new page
 * with its label, a long table with its header on every page and whole rows, the 版记 on the text block's bottom.
 */
class PdfAnnexAndImprintLayoutTest {

    /** 7.3.7: each annex on a new page, 附件N in 黑体 at the top left, its title centred on the third line. */
    @Test
    void annexesStartNewPagesWithTheirLabel() throws IOException {
        FontLibrary fonts = FontLibrary.bundled();
        try (PdfProbe pdf = probe(SampleDocuments.letter())) {
            for (String label : List.of("附件1", "附件2")) {
                int page = pdf.pageWith(label + "\n");
                assertTrue(page > 1, label);
                TextLine first = pdf.lines(page).get(0);
                assertEquals(label, first.text());
                assertEquals(BLOCK_LEFT, first.left(), 0.3);
                assertEquals(BLOCK_TOP, first.baseline() - EM_TOP * SIZE_3, 0.3, "on the first line");
                assertTrue(first.glyphs().get(0).font().endsWith(fonts.font(OfficialFont.HEITI).getPostscriptFontName()));
                TextLine title = pdf.lines(page).get(1);
                assertEquals(22, title.size(), 0.1);
                assertEquals(BLOCK_TOP + 2 * LINE, title.baseline() - EM_TOP * 22 * PdfProbe.PT, 0.3, "third line");
            }
            assertEquals(pdf.pageWith("附件1\n") + 1, pdf.pageWith("附件2\n"));
        }
    }

    /**
     * The list annex of a joint issue: the header row repeats at the top of every page, and each row lies whole on
     * one page — the names read on a page are exactly those of the serial numbers read there, and the serial
     * numbers run 1 to 300 once each.
     */
    @Test
    void longTableRepeatsItsHeaderAndKeepsRowsWhole() throws IOException {
        DocumentContent content = SampleDocuments.joint(300);
        List<List<String>> rows = ((cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock.Table) content
                .annexes().get(0).blocks().get(0)).rows();
        try (PdfProbe pdf = probe(content)) {
            int first = pdf.pageWith("附件\n");
            assertTrue(first > 1);
            double serialRight = BLOCK_LEFT + 156.0 * 2 / 22;
            double nameRight = serialRight + 156.0 * 10 / 22;
            List<Integer> serials = new ArrayList<>();
            int tablePages = 0;
            for (int page = first; page <= pdf.pages(); page++) {
                List<TextLine> lines = pdf.lines(page).stream()
                        .filter(l -> l.size() < 13 && l.baseline() < BLOCK_BOTTOM).toList();
                if (lines.isEmpty()) {
                    // Only the 版记 after the table.
                    assertEquals(pdf.pages(), page, "page " + page + " without table");
                    continue;
                }
                tablePages++;
                assertEquals("序号企业名称地市行业", lines.get(0).text(), "header on page " + page);
                if (page > first) {
                    assertTrue(lines.get(0).baseline() < BLOCK_TOP + 15, "header at the top of page " + page);
                }
                List<Integer> onPage = new ArrayList<>();
                StringBuilder names = new StringBuilder();
                for (TextLine line : lines.subList(1, lines.size())) {
                    String serial = column(line, 0, serialRight);
                    if (!serial.isEmpty()) {
                        onPage.add(Integer.valueOf(serial));
                    }
                    names.append(column(line, serialRight, nameRight));
                }
                String expected = onPage.stream().map(n -> rows.get(n - 1).get(1)).collect(Collectors.joining());
                assertEquals(expected, names.toString(), "whole rows on page " + page);
                assertTrue(lines.get(lines.size() - 1).baseline() < BLOCK_BOTTOM, "inside the text block");
                serials.addAll(onPage);
            }
            assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), serials, "every row once, in order");
            assertTrue(tablePages > 10, tablePages + " pages");
        }
    }

    /** 7.4: the 版记's last rule lies on the text block's bottom edge, 35 mm above the paper's. */
    @Test
    void imprintSitsOnTheTextBlockBottom() throws IOException {
        for (DocumentContent content : List.of(SampleDocuments.file(), SampleDocuments.joint(300))) {
            try (PdfProbe pdf = probe(content)) {
                int last = pdf.pages();
                List<Box> rules = pdf.boxes(last).stream().filter(Box::black)
                        .sorted(Comparator.comparingDouble(Box::top)).toList();
                assertEquals(3, rules.size(), "three rules");
                for (Box rule : rules) {
                    assertEquals(BLOCK_LEFT, rule.x(), 0.3);
                    assertEquals(156, rule.width(), 0.5);
                }
                assertEquals(0.35, rules.get(0).height(), 0.03, "first rule");
                assertEquals(0.25, rules.get(1).height(), 0.03, "middle rule");
                assertEquals(0.35, rules.get(2).height(), 0.03, "last rule");
                assertEquals(297 - 35, rules.get(2).bottom(), 0.3, "on the text block's bottom");

                List<TextLine> below = pdf.lines(last).stream()
                        .filter(l -> l.baseline() > rules.get(0).top() && l.baseline() < BLOCK_BOTTOM).toList();
                assertEquals(2, below.size(), "抄送 and 印发: " + below);
                TextLine copy = below.get(0);
                assertTrue(copy.text().startsWith("抄送：") && copy.text().endsWith("。"), copy.text());
                assertTrue(copy.baseline() < rules.get(1).top(), "抄送 above the middle rule");
                assertTrue(below.get(1).baseline() > rules.get(1).bottom(), "印发 below the middle rule");
                assertEquals(BLOCK_LEFT + SIZE_4, copy.left(), 0.3, "抄送 one character in");
                TextLine printing = below.get(1);
                assertTrue(printing.text().matches("浙江省经济和信息化厅办公室\\d{4}年\\d{1,2}月\\d{1,2}日印发"),
                        printing.text());
                assertEquals(BLOCK_LEFT + SIZE_4, printing.left(), 0.3, "印发机关 one character in");
                assertEquals(BLOCK_RIGHT - SIZE_4, printing.right(), 0.3, "印发日期 one character in");
            }
        }
    }
}
