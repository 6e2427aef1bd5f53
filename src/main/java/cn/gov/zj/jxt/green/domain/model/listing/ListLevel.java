package cn.gov.zj.jxt.green.domain.model.listing;

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
}
