package cn.gov.zj.jxt.green.domain.model.listing;

/**
 * Why a unit leaves its list. The three grounds of 004 §(十九) 1–3 and a change that no longer qualifies (004 §(二十))
 * take effect when the yearly list is published; an accident or environmental incident (004 §(十九), last paragraph)
 * removes the unit at once from every level.
 */
public enum RemovalGround {
    /** 004 §(十九) 1: an exclusion of §(十七) arose. */
    EXCLUSION("004 §(十九) 1", false),
    /** 004 §(十九) 2: the dynamic management form was not filed on time. */
    NO_FORM("004 §(十九) 2", false),
    /** 004 §(十九) 3: submitted material or data was falsified. */
    FALSIFIED("004 §(十九) 3", false),
    /** 004 §(二十): after a declared change the unit no longer meets the standard. */
    NO_LONGER_QUALIFIES("004 §(二十)", false),
    /** 004 §(十九): a major or worse production safety or quality accident. */
    MAJOR_ACCIDENT("004 §(十九)", true),
    /** 004 §(十九): a level II (major) or worse sudden environmental pollution incident. */
    ENVIRONMENTAL_INCIDENT("004 §(十九)", true);

    private final String clause;
    private final boolean immediate;

    RemovalGround(String clause, boolean immediate) {
        this.clause = clause;
        this.immediate = immediate;
    }

    /** The clause the ground rests on, as cited on decisions and announcements. */
    public String clause() {
        return clause;
    }

    /** Whether the removal takes effect at once, at every level, rather than with the yearly list. */
    public boolean immediate() {
        return immediate;
    }
}
