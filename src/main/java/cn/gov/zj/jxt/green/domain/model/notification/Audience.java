package cn.gov.zj.jxt.green.domain.model.notification;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.gov.zj.jxt.green.domain.model.account.Role;

/**
 * Who a notification is for: one account; every account of a role in one region (or, with no region, every
 * account of the role); or every account of an organisation.
 * <p>
 * A region audience means exactly that region: a notification to the city clerks of 330100 does not reach the
 * county clerks of 杭州's districts. Reminders are about what the city itself must do (its nomination letter and
 * summary table, 003 §三), and a county that should act is sent its own.
 */
@Embeddable
public class Audience {

    public enum Kind {
        ACCOUNT,
        ROLE,
        ORGANISATION
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_role", length = 20)
    private Role role;

    @Column(name = "region_code", length = 6)
    private String regionCode;

    @Column(name = "organisation_id")
    private Long organisationId;

    protected Audience() {
        // for JPA
    }

    private Audience(Kind kind, Long accountId, Role role, String regionCode, Long organisationId) {
        this.kind = kind;
        this.accountId = accountId;
        this.role = role;
        this.regionCode = regionCode;
        this.organisationId = organisationId;
    }

    public static Audience account(long accountId) {
        return new Audience(Kind.ACCOUNT, accountId, null, null, null);
    }

    /** Every account of {@code role} whose region is {@code regionCode}; {@code null} for every region. */
    public static Audience role(Role role, String regionCode) {
        Objects.requireNonNull(role, "role");
        if (role == Role.PUBLIC) {
            throw new IllegalArgumentException("the public has no inbox");
        }
        return new Audience(Kind.ROLE, null, role, regionCode, null);
    }

    public static Audience organisation(long organisationId) {
        return new Audience(Kind.ORGANISATION, null, null, null, organisationId);
    }

    public boolean reaches(Recipient recipient) {
        return switch (kind) {
            case ACCOUNT -> accountId == recipient.accountId();
            case ROLE -> role == recipient.role() && (regionCode == null || regionCode.equals(recipient.regionCode()));
            case ORGANISATION -> organisationId.equals(recipient.organisationId());
        };
    }

    public Kind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** For the audit log and logs: ACCOUNT:12, ROLE:CITY_CLERK@330100, ORGANISATION:7. */
    @Override
    public String toString() {
        return switch (kind) {
            case ACCOUNT -> "ACCOUNT:" + accountId;
            case ROLE -> "ROLE:" + role + (regionCode == null ? "" : "@" + regionCode);
            case ORGANISATION -> "ORGANISATION:" + organisationId;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Audience other && kind == other.kind && Objects.equals(accountId, other.accountId)
                && role == other.role && Objects.equals(regionCode, other.regionCode)
                && Objects.equals(organisationId, other.organisationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, accountId, role, regionCode, organisationId);
    }
}
