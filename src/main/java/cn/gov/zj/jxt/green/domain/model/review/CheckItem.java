package cn.gov.zj.jxt.green.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * One line of the 初审 checklist: an eligibility rule with the outcome it had when the checklist was made, or an
 * indicator with its reading against the benchmark; then the clerk's own finding and note. The portal's outcome is
 * a hint; the clerk's finding is what counts.
 */
@Embeddable
public class CheckItem implements Serializable {

    /** {@code RULE:<EligibilityRule>} or {@code INDICATOR:<Indicators.Kind>}. */
    @Column(nullable = false, length = 60)
    private String code;

    @Column(length = 100)
    private String clause;

    /** What the portal found: a rule's verdict, or LEADING / LAGGING / INCOMPLETE for an indicator. */
    @Column(name = "portal_verdict", nullable = false, length = 20)
    private String portalVerdict;

    /** The facts behind it, e.g. "0.18 / 0.21" or the rule's message arguments. */
    @Column(length = 500)
    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private CheckFinding finding;

    @Column(length = 1000)
    private String note;

    protected CheckItem() {
        // for JPA
    }

    public CheckItem(String code, String clause, String portalVerdict, String facts) {
        this.code = code;
        this.clause = clause;
        this.portalVerdict = portalVerdict;
        this.facts = facts;
    }

    void check(CheckFinding finding, String note) {
        this.finding = finding;
        this.note = note;
    }

    public String getCode() {
        return code;
    }

    public String getClause() {
        return clause;
    }

    public String getPortalVerdict() {
        return portalVerdict;
    }

    public String getFacts() {
        return facts;
    }

    public CheckFinding getFinding() {
        return finding;
    }

    public String getNote() {
        return note;
    }
}
