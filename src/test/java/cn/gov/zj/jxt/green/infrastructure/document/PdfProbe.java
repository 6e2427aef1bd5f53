package cn.gov.zj.jxt.green.infrastructure.document;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a produced PDF back for layout assertions: every character with its position, size, font and fill colour,
 * every filled rectangle (rules and red lines) with its colour, and page images. Lengths are in millimetres, vertical
 * positions measured down from the paper's top edge.
 */
final class PdfProbe implements AutoCloseable {

    static final double PT = 25.4 / 72;

    /** One character as drawn; {@code baseline} from the paper's top. */
    record Glyph(String text, double x, double baseline, double width, double size, String font, int rgb) {

        double right() {
            return x + width;
        }

        boolean red() {
            return PdfProbe.red(rgb);
        }
    }

    /** Characters sharing a baseline, left to right. */
    record TextLine(double baseline, List<Glyph> glyphs) {

        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        double left() {
            return glyphs.get(0).x();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        double size() {
            return glyphs.stream().mapToDouble(Glyph::size).max().orElse(0);
        }
    }

    /** A filled rectangle. */
    record Box(double x, double top, double width, double height, int rgb) {

        double bottom() {
            return top + height;
        }

        boolean red() {
            return PdfProbe.red(rgb);
        }

        boolean black() {
            return (rgb & 0xFFFFFF) == 0;
        }
    }

    private final PDDocument document;
    private final List<List<Glyph>> glyphs = new ArrayList<>();

    private PdfProbe(PDDocument document) throws IOException {
        this.document = document;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            glyphs.add(new ArrayList<>());
        }
        new GlyphCollector().writeText(document, new StringWriter());
    }

    static PdfProbe of(byte[] pdf) {
        try {
            return new PdfProbe(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean red(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    PDDocument document() {
        return document;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Paper width and height of a page (1-based). */
    double[] size(int page) {
        PDPage p = document.getPage(page - 1);
        return new double[] {p.getMediaBox().getWidth() * PT, p.getMediaBox().getHeight() * PT};
    }

    List<Glyph> glyphs(int page) {
        return glyphs.get(page - 1);
    }

    /** The page's text as lines, top to bottom; glyphs within 0.3 mm of a baseline belong to it. */
    List<TextLine> lines(int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs(page));
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = Double.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - baseline) > 0.3) {
                lines.add(line(baseline, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(baseline, current));
        }
        return lines;
    }

    private static TextLine line(double baseline, List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return new TextLine(baseline, List.copyOf(glyphs));
    }

    String text(int page) {
        return lines(page).stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    /** The first page (1-based) whose text contains {@code text}, or -1. */
    int pageWith(String text) {
        for (int p = 1; p <= pages(); p++) {
            if (text(p).contains(text)) {
                return p;
            }
        }
        return -1;
    }

    List<Box> boxes(int page) {
        try {
            BoxCollector collector = new BoxCollector(document.getPage(page - 1));
            collector.processPage(document.getPage(page - 1));
            return collector.boxes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage image(int page, float dpi) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** The text stripper, with the colour operators it leaves out so that each character knows its fill colour. */
    private final class GlyphCollector extends PDFTextStripper {

        GlyphCollector() {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            int rgb;
            try {
                rgb = getGraphicsState().getNonStrokingColor().toRGB();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            glyphs.get(getCurrentPageNo() - 1).add(new Glyph(t.getUnicode(), t.getXDirAdj() * PT,
                    t.getYDirAdj() * PT, t.getWidthDirAdj() * PT, t.getFontSizeInPt(), t.getFont().getName(), rgb));
        }
    }

    /** Records each rectangle that is filled, in paper millimetres. */
    private static final class BoxCollector extends PDFGraphicsStreamEngine {

        private final List<Box> boxes = new ArrayList<>();
        private final List<Point2D[]> path = new ArrayList<>();
        private final double pageHeight;

        BoxCollector(PDPage page) {
            super(page);
            pageHeight = page.getMediaBox().getHeight();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            for (Point2D[] r : path) {
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point2D p : r) {
                    minX = Math.min(minX, p.getX());
                    maxX = Math.max(maxX, p.getX());
                    minY = Math.min(minY, p.getY());
                    maxY = Math.max(maxY, p.getY());
                }
                boxes.add(new Box(minX * PT, (pageHeight - maxY) * PT, (maxX - minX) * PT, (maxY - minY) * PT, rgb));
            }
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void strokePath() {
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
