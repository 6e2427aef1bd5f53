package cn.gov.zj.jxt.green.infrastructure.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTDocGrid;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Text;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException.Problem;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * What a template must keep so that documents made from it follow GB/T 9704-2012, checked all at once so that a
 * clerk sees every problem. Lengths are compared in millimetres, with the standard's tolerance of 1 mm.
 */
final class TemplateRules {

    /** Word's own defaults when a section leaves them out: US Letter, 1 inch margins, 10 pt. */
    private static final int WORD_DEFAULT_WIDTH = 12240;
    private static final int WORD_DEFAULT_HEIGHT = 15840;
    private static final int WORD_DEFAULT_MARGIN = 1440;
    private static final int WORD_DEFAULT_HALF_POINTS = 20;

    private static final Pattern PAGE_FIELD = Pattern.compile("(?<![A-Za-z])PAGE(?![A-Za-z])");

    private TemplateRules() {
    }

    static List<Problem> check(DocumentFormat format, WordprocessingMLPackage pkg) {
        List<Problem> problems = new ArrayList<>();
        MainDocumentPart main = pkg.getMainDocumentPart();
        if (!ContentTypes.WORDPROCESSINGML_DOCUMENT.equals(main.getContentType())) {
            // A .dotx or .docm: the renderer's output would carry its content type (and macros).
            problems.add(new Problem("document.template.notDocx"));
        }
        SectPr section = main.getJaxbElement().getBody().getSectPr();
        if (section == null) {
            section = new SectPr();
        }
        checkPage(section, problems);
        checkGrid(section, main.getStyleDefinitionsPart(), problems);
        checkStyles(format, main.getStyleDefinitionsPart(), problems);
        checkHeadersAndFooters(format, main, section, problems);
        return problems;
    }

    /** 5.1 and 5.2.1: A4 portrait, margins 37 / 35 / 28 / 26 mm. */
    private static void checkPage(SectPr section, List<Problem> problems) {
        SectPr.PgSz size = section.getPgSz();
        long width = size == null || size.getW() == null ? WORD_DEFAULT_WIDTH : size.getW().longValue();
        long height = size == null || size.getH() == null ? WORD_DEFAULT_HEIGHT : size.getH().longValue();
        if (off(width, Gbt9704.PAPER_WIDTH_MM) || off(height, Gbt9704.PAPER_HEIGHT_MM)) {
            problems.add(new Problem("document.template.paperSize", mm(width), mm(height)));
        }
        SectPr.PgMar margins = section.getPgMar();
        checkMargin("document.template.marginTop", margins == null ? null : margins.getTop(),
                Gbt9704.MARGIN_TOP_MM, problems);
        checkMargin("document.template.marginBottom", margins == null ? null : margins.getBottom(),
                Gbt9704.MARGIN_BOTTOM_MM, problems);
        checkMargin("document.template.marginLeft", margins == null ? null : margins.getLeft(),
                Gbt9704.MARGIN_LEFT_MM, problems);
        checkMargin("document.template.marginRight", margins == null ? null : margins.getRight(),
                Gbt9704.MARGIN_RIGHT_MM, problems);
    }

    private static void checkMargin(String key, BigInteger twips, double expectedMm, List<Problem> problems) {
        // A negative top or bottom margin is Word's "exactly": the same distance, kept even under a tall header.
        long found = twips == null ? WORD_DEFAULT_MARGIN : Math.abs(twips.longValue());
        if (off(found, expectedMm)) {
            problems.add(new Problem(key, mm(found), BigDecimal.valueOf(expectedMm).setScale(1, RoundingMode.HALF_UP)));
        }
    }

    /** 5.2.4: a document grid of 22 lines × 28 characters on the template's own text block. */
    private static void checkGrid(SectPr section, StyleDefinitionsPart styles, List<Problem> problems) {
        int lines = gridLines(section);
        int chars = gridChars(section, styles);
        if (lines != Gbt9704.LINES_PER_PAGE || chars != Gbt9704.CHARS_PER_LINE) {
            problems.add(new Problem("document.template.grid", lines, chars));
        }
    }

    /** Lines per page as Word lays them out: as many whole line pitches as the text block's height holds. */
    static int gridLines(SectPr section) {
        CTDocGrid grid = section.getDocGrid();
        if (grid == null || grid.getType() == null || grid.getType() == STDocGrid.DEFAULT
                || grid.getLinePitch() == null || grid.getLinePitch().signum() <= 0) {
            return 0;
        }
        long height = twips(section.getPgSz() == null ? null : section.getPgSz().getH(), WORD_DEFAULT_HEIGHT)
                - margin(section.getPgMar() == null ? null : section.getPgMar().getTop())
                - margin(section.getPgMar() == null ? null : section.getPgMar().getBottom());
        return (int) (height / grid.getLinePitch().longValue());
    }

    /**
     * Characters per line: the text block's width over the character pitch, which is the default font size plus
     * {@code charSpace} (4096ths of a point) — how Word turns "28 characters per line" into the file's number.
     */
    static int gridChars(SectPr section, StyleDefinitionsPart styles) {
        CTDocGrid grid = section.getDocGrid();
        if (grid == null
                || (grid.getType() != STDocGrid.LINES_AND_CHARS && grid.getType() != STDocGrid.SNAP_TO_CHARS)) {
            return 0;
        }
        long width = twips(section.getPgSz() == null ? null : section.getPgSz().getW(), WORD_DEFAULT_WIDTH)
                - margin(section.getPgMar() == null ? null : section.getPgMar().getLeft())
                - margin(section.getPgMar() == null ? null : section.getPgMar().getRight());
        double charSpace = grid.getCharSpace() == null ? 0 : grid.getCharSpace().doubleValue();
        double pitchPt = defaultHalfPoints(styles) / 2.0 + charSpace / 4096;
        return pitchPt <= 0 ? 0 : (int) (width / 20.0 / pitchPt + 1e-6);
    }

    private static int defaultHalfPoints(StyleDefinitionsPart styles) {
        if (styles == null) {
            return WORD_DEFAULT_HALF_POINTS;
        }
        Style normal = styles.getDefaultParagraphStyle();
        if (normal != null && normal.getRPr() != null && normal.getRPr().getSz() != null) {
            return normal.getRPr().getSz().getVal().intValue();
        }
        var defaults = styles.getJaxbElement().getDocDefaults();
        RPr rPr = defaults == null || defaults.getRPrDefault() == null ? null : defaults.getRPrDefault().getRPr();
        return rPr == null || rPr.getSz() == null ? WORD_DEFAULT_HALF_POINTS : rPr.getSz().getVal().intValue();
    }

    /** The styles the renderer applies must exist, with their type. */
    private static void checkStyles(DocumentFormat format, StyleDefinitionsPart styles, List<Problem> problems) {
        for (DocxStyle style : DocxStyle.values()) {
            if (!style.requiredFor(format)) {
                continue;
            }
            Style found = styles == null ? null : styles.getStyleById(style.id());
            if (found == null || !style.type().equals(found.getType())) {
                problems.add(new Problem("document.template.styleMissing", style.id()));
            }
        }
    }

    /**
     * 7.5: page numbers on odd and even pages, odd and even footers apart. 10.1: the letter's first page has its
     * own header with the agency mark (the content control the renderer fills) and a footer without a number.
     */
    private static void checkHeadersAndFooters(DocumentFormat format, MainDocumentPart main, SectPr section,
            List<Problem> problems) {
        Map<HdrFtrRef, Part> headers = new EnumMap<>(HdrFtrRef.class);
        Map<HdrFtrRef, Part> footers = new EnumMap<>(HdrFtrRef.class);
        for (CTRel ref : section.getEGHdrFtrReferences()) {
            Part part = main.getRelationshipsPart().getPart(ref.getId());
            if (ref instanceof HeaderReference h && part != null) {
                headers.put(h.getType(), part);
            } else if (ref instanceof FooterReference f && part != null) {
                footers.put(f.getType(), part);
            }
        }
        if (!hasPageField(footers.get(HdrFtrRef.DEFAULT))) {
            problems.add(new Problem("document.template.oddPageNumberMissing"));
        }
        if (!hasPageField(footers.get(HdrFtrRef.EVEN))) {
            problems.add(new Problem("document.template.evenPageNumberMissing"));
        }
        if (!isOn(evenAndOddHeaders(main.getDocumentSettingsPart()))) {
            problems.add(new Problem("document.template.evenAndOddHeadersOff"));
        }
        boolean titlePage = isOn(section.getTitlePg());
        if (format == DocumentFormat.LETTER) {
            if (!titlePage) {
                problems.add(new Problem("document.template.titlePageOff"));
            }
            if (hasPageField(footers.get(HdrFtrRef.FIRST))) {
                problems.add(new Problem("document.template.firstPageNumbered"));
            }
            if (!holdsText(headers.get(HdrFtrRef.FIRST), DocxTemplate.AGENCY_MARK_TAG)) {
                problems.add(new Problem("document.template.agencyMarkMissing", DocxTemplate.AGENCY_MARK_TAG));
            }
        } else if (titlePage && !hasPageField(footers.get(HdrFtrRef.FIRST))) {
            problems.add(new Problem("document.template.firstPageNumberMissing"));
        }
    }

    /** A content control with {@code tag} and a run in it for the renderer to write into. */
    private static boolean holdsText(Part part, String tag) {
        SdtElement control = part instanceof JaxbXmlPart<?> xml ? Wml.findTagged(xml.getJaxbElement(), tag) : null;
        boolean[] run = {false};
        if (control != null) {
            Wml.walk(control.getSdtContent(), (name, node) -> run[0] |= node instanceof R);
        }
        return run[0];
    }

    private static BooleanDefaultTrue evenAndOddHeaders(DocumentSettingsPart settings) {
        return settings == null || settings.getJaxbElement() == null ? null
                : settings.getJaxbElement().getEvenAndOddHeaders();
    }

    /** A PAGE field, simple ({@code w:fldSimple}) or complex ({@code w:instrText}), anywhere in the part. */
    static boolean hasPageField(Part part) {
        if (!(part instanceof JaxbXmlPart<?> xml)) {
            return false;
        }
        StringBuilder instructions = new StringBuilder();
        Wml.walk(xml.getJaxbElement(), (name, node) -> {
            if (node instanceof CTSimpleField field && field.getInstr() != null) {
                instructions.append(' ').append(field.getInstr());
            } else if ("instrText".equals(name) && node instanceof Text text && text.getValue() != null) {
                instructions.append(text.getValue());
            }
        });
        return PAGE_FIELD.matcher(instructions).find();
    }

    private static boolean isOn(BooleanDefaultTrue flag) {
        return flag != null && flag.isVal();
    }

    private static boolean off(long twips, double expectedMm) {
        return Math.abs(Gbt9704.mm(twips) - expectedMm) > Gbt9704.MARGIN_TOLERANCE_MM + 1e-9;
    }

    private static long twips(BigInteger value, long otherwise) {
        return value == null ? otherwise : value.longValue();
    }

    private static long margin(BigInteger value) {
        return value == null ? WORD_DEFAULT_MARGIN : Math.abs(value.longValue());
    }

    /** Twips to millimetres, to a tenth, rounded as a clerk would read them (1800 twips = 31.75 → 31.8). */
    private static BigDecimal mm(long twips) {
        return BigDecimal.valueOf(twips).multiply(new BigDecimal("25.4")).divide(BigDecimal.valueOf(1440), 1,
                RoundingMode.HALF_UP);
    }
}
