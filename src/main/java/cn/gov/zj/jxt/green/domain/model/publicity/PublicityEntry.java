package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the publicised list, as it read when the list was published: name, type, city and third-party
 * institution. An upheld objection takes it off the list; the line stays, with the reason, for the record.
 */
@Entity
@Table(name = "publicity_entry")
public class PublicityEntry {

    @Id
    @SequenceGenerator(name = "publicity_entry_seq", sequenceName = "publicity_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publicity_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publicity_id", nullable = false, updatable = false)
    private Publicity publicity;

    @Column(nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 200)
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, updatable = false, length = 20)
    private UnitType unitType;

    @Column(name = "city_code", nullable = false, updatable = false, length = 6)
    private String cityCode;

    @Column(name = "city_name", nullable = false, updatable = false, length = 40)
    private String cityName;

    @Column(name = "institution_name", updatable = false, length = 200)
    private String institutionName;

    @Column(name = "withdrawn_reason", length = 2000)
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected PublicityEntry() {
        // for JPA
    }

    PublicityEntry(Publicity publicity, int position, Application application) {
        this.publicity = publicity;
        this.position = position;
        this.application = application;
        this.unitName = application.getOrganisation().getName();
        this.unitType = application.getUnitType();
        this.cityCode = application.getCity().getCode();
        this.cityName = application.getCity().getName();
        this.institutionName = application.getInstitution() == null ? null : application.getInstitution().getName();
    }

    /** Off the list by an upheld objection; the first reason stands. */
    void withdraw(String reason, Instant at) {
        if (withdrawnAt == null) {
            this.withdrawnReason = reason;
            this.withdrawnAt = at;
        }
    }

    public boolean isListed() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public Publicity getPublicity() {
        return publicity;
    }

    public int getPosition() {
        return position;
    }

    public Application getApplication() {
        return application;
    }

    public String getUnitName() {
        return unitName;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getCityName() {
        return cityName;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
