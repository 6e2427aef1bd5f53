package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A park's yearly green low-carbon development report (绿色低碳发展报告, seed 000 §三(一)4: 鼓励园区…按年度发布), as
 * its management body published it: one PDF per park and year, kept in the file store under its SHA-256 and shown
 * on the park's public unit page. A new upload for the same year replaces the file; the audit log keeps the old.
 */
@Entity
@Table(name = "park_report")
@NamedQuery(name = "ParkReport.ofOrganisation", query = "SELECT r FROM ParkReport r "
        + "WHERE r.organisation.creditCode = :creditCode ORDER BY r.year DESC")
@NamedQuery(name = "ParkReport.find", query = "SELECT r FROM ParkReport r "
        + "WHERE r.organisation.id = :organisation AND r.year = :year")
// Parks on the provincial list (listed for the year or before, not removed) without a published report of the year.
@NamedQuery(name = "ParkReport.provincialParksWithout", query = "SELECT o FROM Organisation o WHERE EXISTS ("
        + "SELECT u FROM ListedUnit u WHERE u.organisation = o AND u.unitType = :type AND u.level = :level "
        + "AND u.removedAt IS NULL AND u.year <= :year) AND NOT EXISTS ("
        + "SELECT r FROM ParkReport r WHERE r.organisation = o AND r.year = :year) ORDER BY o.id")
public class ParkReport implements Audited {

    @Id
    @SequenceGenerator(name = "park_report_seq", sequenceName = "park_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "park_report_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    protected ParkReport() {
        // for JPA
    }

    /** @throws IllegalArgumentException when the organisation is not a park, or the year is outside the programme */
    public ParkReport(Organisation park, int year, String fileName, String sha256, long size, Instant at, String by) {
        if (park.getType() != OrganisationType.PARK) {
            throw new IllegalArgumentException(park.getCreditCode() + " is not a park");
        }
        if (!yearAllowed(year, at)) {
            throw new IllegalArgumentException("no park report for " + year);
        }
        this.organisation = park;
        this.year = year;
        replace(fileName, sha256, size, at, by);
    }

    /**
     * Whether a report may be published for {@code year} at {@code now}: from the programme's first year (2022) to
     * the current one — a report covers a year that has begun.
     */
    public static boolean yearAllowed(int year, Instant now) {
        return year >= ParkTargets.FIRST_YEAR && year <= now.atZone(OfficialDay.ZONE).getYear();
    }

    /** A corrected report for the same year: the new file replaces the old one. */
    public void replace(String newFileName, String newSha256, long newSize, Instant at, String by) {
        this.fileName = Objects.requireNonNull(newFileName);
        this.sha256 = Objects.requireNonNull(newSha256);
        this.size = newSize;
        this.uploadedAt = Objects.requireNonNull(at);
        this.uploadedBy = Objects.requireNonNull(by);
    }

    @Override
    public String auditType() {
        return "ParkReport";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.getCreditCode());
        state.put("year", year);
        state.put("fileName", fileName);
        state.put("sha256", sha256);
        state.put("size", size);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getYear() {
        return year;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
