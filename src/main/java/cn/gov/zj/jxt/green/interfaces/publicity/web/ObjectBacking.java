package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.interfaces.shared.web.EvidenceParts;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * publicity/object.xhtml?id=…: the public objection form (no account). On success the receipt code is shown once;
 * the objector follows the objection with it on publicity/receipt.xhtml. The view is stateless (no session before
 * anything is filed): the form posts the period's id as a plain field, read before the entry list is validated.
 */
@Named
@RequestScoped
public class ObjectBacking {

    private static final Map<String, String> FIELDS = Map.of("entryId", "objection:entry", "name", "objection:name",
            "idNumber", "objection:idNumber", "phone", "objection:phone", "email", "objection:email",
            "facts", "objection:facts", "evidence", "objection:evidence");

    @Inject
    PublicityService publicity;

    private Long id;
    private Publicity period;
    private List<PublicityService.ListedEntry> entries;
    private Long entryId;
    private String name;
    private String idNumber;
    private String phone;
    private String email;
    private String facts;
    private List<Part> evidence;
    private String receiptCode;

    @PostConstruct
    void postedPeriod() {
        String posted = Faces.posted("id");
        if (posted != null && posted.matches("\\d{1,18}")) {
            id = Long.valueOf(posted);
        }
    }

    public void load() {
        period = publicity.get(id == null ? -1 : id);
        entries = publicity.listedEntries(period.getId());
    }

    public void submit() {
        try {
            List<EvidenceFiles.Upload> files = EvidenceParts.read(evidence);
            receiptCode = publicity.object(id, new ObjectionForm(entryId, name, idNumber, phone, email, facts), files)
                    .code();
            // Nothing personal stays in the view once it is filed.
            idNumber = null;
            evidence = null;
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        } catch (IOException e) {
            Faces.error("objection:evidence", "upload.refused.empty");
        } finally {
            load();
        }
    }

    public List<PublicityService.ListedEntry> getEntries() {
        if (entries == null) {
            load();
        }
        return entries;
    }

    public Publicity getPeriod() {
        if (period == null) {
            load();
        }
        return period;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
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
