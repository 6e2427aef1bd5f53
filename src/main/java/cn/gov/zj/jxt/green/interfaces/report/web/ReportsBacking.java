package cn.gov.zj.jxt.green.interfaces.report.web;

import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.report.ReportForm;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.interfaces.shared.web.EvidenceParts;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * reports.xhtml: the public named-report form (no account). The reporter finds the unit or institution by name or
 * credit code, then writes the report; on success the receipt code is shown once, to follow the case with on
 * reports/receipt.xhtml. A refused report keeps everything typed (files must be chosen again: no browser keeps them).
 * The view is stateless (no session before anything is filed): every post carries the search, whose candidates are
 * found again before the chosen one is validated against them.
 */
@Named
@RequestScoped
public class ReportsBacking {

    private static final Map<String, String> FIELDS = Map.of("subjectId", "report:subjectId", "name", "report:name",
            "idNumber", "report:idNumber", "phone", "report:phone", "email", "report:email",
            "facts", "report:facts", "evidence", "report:evidence");

    @Inject
    NamedReportService reports;

    private ReportSubject subject = ReportSubject.LISTED_UNIT;
    private String query;
    private List<NamedReportService.Candidate> candidates = new ArrayList<>();
    private boolean searched;
    private Long subjectId;
    private String name;
    private String idNumber;
    private String phone;
    private String email;
    private String facts;
    private List<Part> evidence;
    private String receiptCode;

    @PostConstruct
    void postedSearch() {
        String postedQuery = Faces.posted("report:query");
        if (postedQuery == null || postedQuery.isBlank()) {
            return;
        }
        String postedSubject = Faces.posted("report:subject");
        for (ReportSubject s : ReportSubject.values()) {
            if (s.name().equals(postedSubject)) {
                subject = s;
            }
        }
        query = postedQuery;
        candidates = new ArrayList<>(reports.candidates(subject, query));
        searched = true;
    }

    public void search() {
        candidates = new ArrayList<>(reports.candidates(subject, query));
        searched = true;
        if (candidates.size() == 1) {
            subjectId = candidates.get(0).id();
        } else if (candidates.stream().noneMatch(c -> c.id() == (subjectId == null ? -1 : subjectId))) {
            subjectId = null;
        }
    }

    public void submit() {
        try {
            receiptCode = reports.report(new ReportForm(subject, subjectId, name, idNumber, phone, email, facts),
                    EvidenceParts.read(evidence)).code();
            // Nothing personal stays in the view once it is filed.
            name = null;
            idNumber = null;
            phone = null;
            email = null;
            facts = null;
            evidence = null;
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        } catch (IOException e) {
            Faces.error("report:evidence", "upload.refused.empty");
        }
    }

    public ReportSubject[] getSubjects() {
        return ReportSubject.values();
    }

    public List<NamedReportService.Candidate> getCandidates() {
        return candidates;
    }

    public boolean isSearched() {
        return searched;
    }

    public ReportSubject getSubject() {
        return subject;
    }

    public void setSubject(ReportSubject subject) {
        this.subject = subject;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public List<Part> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Part> evidence) {
        this.evidence = evidence;
    }

    public String getReceiptCode() {
        return receiptCode;
    }

    /**
     * What the evidence field accepts, formatted here: in EL, {@code replace('{0}', 5)} picks
     * {@code String.replace(char, char)} and swallows the braces.
     */
    public String getEvidenceHint() {
        return Faces.text("publicity.object.evidenceHint", EvidenceFiles.MAX_FILES,
                UploadPolicy.evidence().maxBytes() / UploadPolicy.MEGABYTE);
    }
}
