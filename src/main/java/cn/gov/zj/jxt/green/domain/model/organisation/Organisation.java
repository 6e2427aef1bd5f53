package cn.gov.zj.jxt.green.domain.model.organisation;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.region.Region;

/**
 * An enterprise, park, supply-chain enterprise or third-party institution, identified by its unified social
 * credit code and located in a county (or, for a city-level body, a city) of the province.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByCreditCode",
        query = "SELECT o FROM Organisation o WHERE o.creditCode = :creditCode")
public class Organisation implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{organisation.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    @NotBlank(message = "{organisation.name.required}")
    @PlainText
    @Size(max = 200, message = "{organisation.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{creditCode.required}")
    @ValidCreditCode
    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private String creditCode;

    @NotNull(message = "{organisation.region.required}")
    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @NotBlank(message = "{organisation.address.required}")
    @PlainText
    @Size(max = 300, message = "{organisation.address.size}")
    @Column(nullable = false, length = 300)
    private String address;

    @NotBlank(message = "{organisation.legalRepresentative.required}")
    @PlainText
    @Size(max = 60, message = "{organisation.legalRepresentative.size}")
    @Column(name = "legal_representative", nullable = false, length = 60)
    private String legalRepresentative;

    @NotBlank(message = "{organisation.contactName.required}")
    @PlainText
    @Size(max = 60, message = "{organisation.contactName.size}")
    @Column(name = "contact_name", nullable = false, length = 60)
    private String contactName;

    @NotBlank(message = "{organisation.contactPhone.required}")
    @Pattern(regexp = "[0-9+\\-() ]{7,20}", message = "{organisation.contactPhone.pattern}")
    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Email(message = "{organisation.contactEmail.email}")
    @Size(max = 120, message = "{organisation.contactEmail.size}")
    @Column(name = "contact_email", length = 120)
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public Organisation() {
        // a blank form; also for JPA
    }

    /** An organisation named only by its id, as a form names it; services replace it by the stored one. */
    public static Organisation reference(long id) {
        Organisation reference = new Organisation();
        reference.id = id;
        return reference;
    }

    /** Stamps the creation time; called once by the service that registers the organisation. */
    public void registeredAt(Instant when) {
        this.createdAt = when;
    }

    @Override
    public String auditType() {
        return "Organisation";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", type);
        state.put("name", name);
        state.put("creditCode", creditCode);
        state.put("region", region == null ? null : region.getCode());
        state.put("address", address);
        state.put("legalRepresentative", legalRepresentative);
        state.put("contactName", contactName);
        state.put("contactPhone", contactPhone);
        state.put("contactEmail", contactEmail);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
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

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
