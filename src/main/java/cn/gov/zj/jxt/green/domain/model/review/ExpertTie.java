package cn.gov.zj.jxt.green.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * A tie that makes an expert conflicted (employment, consulting, kinship…): to an institution by its organisation
 * id, or to an organisation by its unified social credit code.
 */
@Embeddable
public class ExpertTie implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_kind", nullable = false, length = 14)
    private TieKind kind;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    /** 任职, 咨询, 亲属… as the clerk records it. */
    @Column(nullable = false, length = 100)
    private String nature;

    protected ExpertTie() {
        // for JPA
    }

    public static ExpertTie institution(long institutionId, String nature) {
        ExpertTie t = new ExpertTie();
        t.kind = TieKind.INSTITUTION;
        t.institutionId = institutionId;
        t.nature = nature;
        return t;
    }

    public static ExpertTie organisation(String creditCode, String nature) {
        ExpertTie t = new ExpertTie();
        t.kind = TieKind.ORGANISATION;
        t.creditCode = creditCode;
        t.nature = nature;
        return t;
    }

    public TieKind getKind() {
        return kind;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getNature() {
        return nature;
    }

    @Override
    public String toString() {
        return kind == TieKind.INSTITUTION ? "institution:" + institutionId + "(" + nature + ")"
                : creditCode + "(" + nature + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpertTie t && kind == t.kind && Objects.equals(institutionId, t.institutionId)
                && Objects.equals(creditCode, t.creditCode) && Objects.equals(nature, t.nature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, institutionId, creditCode, nature);
    }
}
