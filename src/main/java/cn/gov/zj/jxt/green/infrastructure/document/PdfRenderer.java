package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_HEIGHT;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Numbering;

/**
 * Renders a {@link DocumentContent} to PDF in the layout of GB/T 9704-2012: 文件 format (single or joint issue),
 * 信函格式, or a plain 公告/公示, drawing the document's {@link LayoutPlan} (the same the DOCX draws) with
 * {@link PdfPageWriter}. Fonts come from the {@link FontLibrary} given once; a render loads nothing.
 *
 * <p>Thread-safe: a render shares only the immutable font library.
 */
public final class PdfRenderer {

    private final FontLibrary fonts;
    private final LayoutPlanner planner;

    public PdfRenderer(FontLibrary fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.planner = new LayoutPlanner(fonts);
    }

    public byte[] render(DocumentContent content) {
        Objects.requireNonNull(content, "content");
        LayoutPlan plan = planner.plan(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(PdfLayout.PAGE_WIDTH, PAGE_HEIGHT), MARGIN_LEFT,
                PdfLayout.MARGIN_RIGHT, MARGIN_TOP, PdfLayout.MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(fonts.font(OfficialFont.SONGTI), plan.numbering()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(content.title());
        if (content.subject() != null) {
            document.addSubject(content.subject());
        }
        if (content.number() != null) {
            document.addKeywords(content.number());
        }
        String issuer = content.agencies().get(0).name();
        document.addAuthor(issuer);
        document.addCreator(issuer);
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        new PdfPageWriter(fonts, plan, document, writer).compose();
        document.close();
        return out.toByteArray();
    }

    /**
     * Page numbers (7.5): 4号 宋体 — N —, the line's top 7 mm below the text block; odd pages right and even pages
     * left, one character in. A letter shows none on its first page (10.1).
     */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final BaseFont font;
        private final Numbering numbering;

        PageNumbers(BaseFont font, Numbering numbering) {
            this.font = font;
            this.numbering = numbering;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (!numbering.numbered(page)) {
                return;
            }
            String text = "— " + page + " —";
            float size = PdfLayout.SIZE_4;
            float width = font.getWidthPoint(text, size);
            float x = page % 2 == 1
                    ? MARGIN_LEFT + BLOCK_WIDTH - PdfLayout.PAGE_NUMBER_INDENT - width
                    : MARGIN_LEFT + PdfLayout.PAGE_NUMBER_INDENT;
            float baseline = PAGE_HEIGHT - MARGIN_TOP - BLOCK_HEIGHT - PdfLayout.PAGE_NUMBER_GAP - EM_TOP * size;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setCharacterSpacing(0);
            canvas.setColorFill(PdfLayout.BLACK);
            canvas.setTextMatrix(x, baseline);
            canvas.showText(text);
            canvas.endText();
            canvas.restoreState();
        }
    }
}
