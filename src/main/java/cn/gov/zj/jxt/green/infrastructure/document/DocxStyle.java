package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat.FILE;
import static cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat.LETTER;
import static cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat.PLAIN;

import java.util.EnumSet;
import java.util.Set;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * The styles the renderer applies, by their fixed ids, and the formats whose templates must define them. The
 * template decides how each looks; the renderer decides which element gets which style. document-templates/README.md
 * lists the same ids for clerks.
 */
enum DocxStyle {

    MARK_SPACER("DocMarkSpacer", FILE),
    AGENCY_MARK("DocAgencyMark", FILE),
    JOINT_MARK("DocJointMark", FILE),
    NUMBER("DocNumber", FILE, LETTER),
    TITLE("DocTitle", FILE, LETTER, PLAIN),
    RECIPIENTS("DocRecipients", FILE, LETTER),
    BODY("DocBody", FILE, LETTER, PLAIN),
    HEADING_FIRST("DocHeadingFirst", true, FILE, LETTER, PLAIN),
    HEADING_SECOND("DocHeadingSecond", true, FILE, LETTER, PLAIN),
    ANNEX_LIST("DocAnnexList", FILE, LETTER, PLAIN),
    SIGNATURE("DocSignature", FILE, LETTER, PLAIN),
    DATE("DocDate", FILE, LETTER, PLAIN),
    ANNEX_LABEL("DocAnnexLabel", FILE, LETTER, PLAIN),
    ANNEX_TITLE("DocAnnexTitle", FILE, LETTER, PLAIN),
    ANNEX_TEXT("DocAnnexText", FILE, LETTER, PLAIN),
    TABLE_TEXT("DocTableText", FILE, LETTER, PLAIN),
    TABLE_HEADER("DocTableHeader", FILE, LETTER, PLAIN),
    IMPRINT("DocImprint", FILE, LETTER, PLAIN);

    private final String id;
    private final boolean character;
    private final Set<DocumentFormat> formats;

    DocxStyle(String id, DocumentFormat first, DocumentFormat... rest) {
        this(id, false, first, rest);
    }

    DocxStyle(String id, boolean character, DocumentFormat first, DocumentFormat... rest) {
        this.id = id;
        this.character = character;
        this.formats = EnumSet.of(first, rest);
    }

    String id() {
        return id;
    }

    /** Word's style type: {@code paragraph} or {@code character}. */
    String type() {
        return character ? "character" : "paragraph";
    }

    boolean requiredFor(DocumentFormat format) {
        return formats.contains(format);
    }
}
