package cn.gov.zj.jxt.green.domain.model.institution;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.ValidCreditCode;

/**
 * A unit affiliated with a third-party institution 关联单位 (003 §二(一): 与其相关联的企事业单位). The institution and
 * its affiliates count as one legal person for the cap of 10 evaluation projects per batch, so a credit code is
 * the affiliate of one institution only (unique in the table).
 */
@Entity
@Table(name = "institution_affiliate")
@NamedQuery(name = "InstitutionAffiliate.findByInstitution",
        query = "SELECT a FROM InstitutionAffiliate a WHERE a.institution.id = :institution ORDER BY a.name, a.id")
@NamedQuery(name = "InstitutionAffiliate.findAll",
        query = "SELECT a FROM InstitutionAffiliate a ORDER BY a.institution.name, a.name, a.id")
@NamedQuery(name = "InstitutionAffiliate.findByCreditCode",
        query = "SELECT a FROM InstitutionAffiliate a WHERE a.creditCode = :creditCode")
public class InstitutionAffiliate implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "institution_affiliate_seq", sequenceName = "institution_affiliate_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_affiliate_seq")
    private Long id;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Organisation institution;

    @NotBlank(message = "{affiliate.name.required}")
    @PlainText
    @Size(max = 200, message = "{affiliate.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{creditCode.required}")
    @ValidCreditCode
    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @PlainText
    @Size(max = 200, message = "{affiliate.relation.size}")
    @Column(length = 200)
    private String relation;

    @Column(name = "added_by", nullable = false, length = 40, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    public InstitutionAffiliate() {
        // a blank form; also for JPA
    }

    /** Files the affiliate under {@code institution}; called once by the service that adds it. */
    public void addedTo(Organisation institution, String by, Instant at) {
        this.institution = institution;
        this.addedBy = by;
        this.addedAt = at;
    }

    @Override
    public String auditType() {
        return "InstitutionAffiliate";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("institution", institution == null ? null : institution.getId());
        state.put("name", name);
        state.put("creditCode", creditCode);
        state.put("relation", relation);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Organisation getInstitution() {
        return institution;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = CreditCode.normalise(creditCode);
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation == null || relation.isBlank() ? null : relation.strip();
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
