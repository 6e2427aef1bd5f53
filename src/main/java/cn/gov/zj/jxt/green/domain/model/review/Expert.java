package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An expert of the provincial green low-carbon expert pool 浙江省绿色低碳领域专家库 (004 §(十五)), with what the
 * conflict rules need: the employer, the city, and the ties to institutions and organisations. An expert may be
 * linked to an EXPERT account, through which he reads and scores his assignments.
 */
@Entity
@Table(name = "expert")
@NamedQuery(name = "Expert.all", query = "SELECT e FROM Expert e ORDER BY e.id")
@NamedQuery(name = "Expert.active", query = "SELECT e FROM Expert e WHERE e.active = TRUE ORDER BY e.id")
@NamedQuery(name = "Expert.ofAccount", query = "SELECT e FROM Expert e WHERE e.account.id = :account")
public class Expert implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "expert_seq", sequenceName = "expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 60)
    private String name;

    /** 专业领域. */
    @Column(nullable = false, length = 100)
    private String specialty;

    @Column(name = "employer_name", nullable = false, length = 200)
    private String employerName;

    @Column(name = "employer_code", length = 18)
    private String employerCode;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false)
    private Region city;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    private Account account;

    /** An expert taken out of the pool is not drawn again; his past draws and scores stay. */
    @Column(nullable = false)
    private boolean active = true;

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_tie", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "position")
    private List<ExpertTie> ties = new ArrayList<>();

    protected Expert() {
        // for JPA
    }

    public Expert(String name, String specialty, String employerName, String employerCode, Region city,
            Account account, List<ExpertTie> ties) {
        change(name, specialty, employerName, employerCode, city, account, ties, true);
    }

    public final void change(String name, String specialty, String employerName, String employerCode, Region city,
            Account account, List<ExpertTie> ties, boolean active) {
        this.name = name;
        this.specialty = specialty;
        this.employerName = employerName;
        this.employerCode = employerCode;
        this.city = city;
        this.account = account;
        this.ties = new ArrayList<>(ties);
        this.active = active;
    }

    /** The expert as a draw reads him. */
    public PanelDraw.Candidate candidate() {
        return new PanelDraw.Candidate(id, employerCode, city.getCode(),
                ties.stream().filter(t -> t.getKind() == TieKind.ORGANISATION).map(ExpertTie::getCreditCode)
                        .collect(Collectors.toSet()),
                ties.stream().filter(t -> t.getKind() == TieKind.INSTITUTION).map(ExpertTie::getInstitutionId)
                        .collect(Collectors.toSet()));
    }

    @Override
    public String auditType() {
        return "Expert";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("specialty", specialty);
        state.put("employer", employerName);
        state.put("employerCode", employerCode);
        state.put("city", city.getCode());
        state.put("account", account == null ? null : account.getUsername());
        state.put("active", active);
        state.put("ties", ties.stream().map(ExpertTie::toString).collect(Collectors.joining(";")));
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getEmployerCode() {
        return employerCode;
    }

    public Region getCity() {
        return city;
    }

    public Account getAccount() {
        return account;
    }

    public boolean isActive() {
        return active;
    }

    public List<ExpertTie> getTies() {
        return List.copyOf(ties);
    }
}
