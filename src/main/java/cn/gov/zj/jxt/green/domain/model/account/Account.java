package cn.gov.zj.jxt.green.domain.model.account;

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
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;

/** A person's sign-in: one role, and the region or organisation that role needs. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
public class Account implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{account.username.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @PlainText
    @Size(max = 60, message = "{account.displayName.size}")
    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Email(message = "{account.email.email}")
    @Size(max = 120, message = "{account.email.size}")
    @Column(length = 120)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @NotNull(message = "{account.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private Region region;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    public Account() {
        // a blank form; also for JPA
    }

    public RegionScope scope() {
        return RegionScope.of(role, region);
    }

    public void createdAt(Instant when) {
        this.createdAt = when;
    }

    public void signedInAt(Instant when) {
        this.lastLoginAt = when;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    @Override
    public String auditType() {
        return "Account";
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** Never includes the password hash: the audit log says that it changed, not what it is. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("role", role);
        state.put("region", region == null ? null : region.getCode());
        state.put("organisation", organisation == null ? null : organisation.getId());
        state.put("enabled", enabled);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
