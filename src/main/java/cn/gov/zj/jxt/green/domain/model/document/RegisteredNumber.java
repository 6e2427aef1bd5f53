package cn.gov.zj.jxt.green.domain.model.document;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;

/**
 * A line of the register of issued documents 发文登记簿: a number, what was issued under it, by whom, when.
 * A number is never removed or reused; a voided one stays, with its reason.
 */
@Entity
@Table(name = "registered_number")
@NamedQuery(name = "RegisteredNumber.findByNumber",
        query = "SELECT r FROM RegisteredNumber r WHERE r.prefix = :prefix AND r.year = :year AND r.serial = :serial")
public class RegisteredNumber implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "registered_number_seq", sequenceName = "registered_number_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registered_number_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String prefix;

    @Column(name = "doc_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 40)
    private String issuedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 40)
    private String voidedBy;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    protected RegisteredNumber() {
        // for JPA
    }

    public RegisteredNumber(DocumentNumber number, String title, Instant issuedAt, String issuedBy) {
        this.prefix = number.prefix();
        this.year = number.year();
        this.serial = number.serial();
        this.title = title;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** Voids the number: it stays in the register with the reason and is never given out again. */
    public void voidWith(String reason, Instant when, String by) {
        if (isVoided()) {
            throw new IllegalStateException(number() + " is already void");
        }
        this.voidReason = reason;
        this.voidedAt = when;
        this.voidedBy = by;
    }

    public DocumentNumber number() {
        return new DocumentNumber(prefix, year, serial);
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    @Override
    public String auditType() {
        return "RegisteredNumber";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", number().toString());
        state.put("title", title);
        state.put("issuedBy", issuedBy);
        state.put("voidReason", voidReason);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** 浙经信绿色〔2025〕58号. */
    public String getNumberText() {
        return number().toString();
    }

    public String getPrefix() {
        return prefix;
    }

    public int getYear() {
        return year;
    }

    public int getSerial() {
        return serial;
    }

    public String getTitle() {
        return title;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
