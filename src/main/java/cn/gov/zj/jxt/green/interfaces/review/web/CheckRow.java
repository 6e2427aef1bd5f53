package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import java.io.Serializable;

/**
 * One line of the 初审 checklist as its form edits it. The finding is a typed property, so that Faces converts the
 * chosen radio button to its {@link CheckFinding} (a map's value has no type, and would hold the bare text).
 */
public class CheckRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String RULE = "RULE:";
    private static final String INDICATOR = "INDICATOR:";

    private final String code;
    private final String clause;
    private final String portalVerdict;
    private final String facts;
    private CheckFinding finding;
    private String note;

    public CheckRow(CheckItem item) {
        this.code = item.getCode();
        this.clause = item.getClause();
        this.portalVerdict = item.getPortalVerdict();
        this.facts = item.getFacts();
        this.finding = item.getFinding();
        this.note = item.getNote();
    }

    /** An indicator's facts are its value against the benchmark; a rule's are the arguments of its message. */
    public boolean isIndicator() {
        return code.startsWith(INDICATOR);
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

    public void setFinding(CheckFinding finding) {
        this.finding = finding;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
