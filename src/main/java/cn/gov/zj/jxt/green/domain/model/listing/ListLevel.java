package cn.gov.zj.jxt.green.domain.model.listing;

import cn.gov.zj.jxt.green.domain.model.document.content.Wording;

/** The levels of the green manufacturing lists, each fed from the one below (004 §(十四)). */
public enum ListLevel {
    MUNICIPAL,
    PROVINCIAL,
    NATIONAL;

    /** The list a nominee for this level should already be on (004 §(十四)); {@code null} for the municipal list. */
    public ListLevel prerequisite() {
        return switch (this) {
            case MUNICIPAL -> null;
            case PROVINCIAL -> MUNICIPAL;
            case NATIONAL -> PROVINCIAL;
        };
    }

    /**
     * The name official documents use (市级, 省级, 国家级), whatever the reader's language: document-templates/
     * terms.properties. Pages use the bundle's label instead.
     */
    public String documentName() {
        return Wording.of("terms").text("listLevel." + name());
    }
}
