package cn.gov.zj.jxt.green.interfaces.exclusion.web;

import cn.gov.zj.jxt.green.application.exclusion.ExclusionForm;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.interfaces.exclusion.RejectedRow;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** workspace/exclusions/index.xhtml: the exclusion register, one entry recorded, a file imported, one withdrawn. */
@Named
@ViewScoped
public class ExclusionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> RECORD_FIELDS = Map.of(
            "creditCode", "record:creditCode",
            "organisationName", "record:organisationName",
            "ground", "record:ground",
            "occurredOn", "record:occurredOn",
            "source", "record:source",
            "note", "record:note");

    @Inject
    ExclusionService exclusions;

    @Inject
    PortalClock clock;

    private String text;
    private ExclusionGround groundFilter;
    private boolean includeWithdrawn;
    private PagedModel<ExclusionEntry> model;

    private String creditCode;
    private String organisationName;
    private ExclusionGround ground;
    private LocalDate occurredOn;
    private String source;
    private String note;
    private transient Part evidence;

    private transient Part importFile;
    private List<RejectedRow> rejectedRows = List.of();

    private Long withdrawId;
    private String withdrawReason;

    public PagedModel<ExclusionEntry> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> exclusions.search(text, groundFilter, includeWithdrawn, request),
                    e -> String.valueOf(e.getId()));
        }
        return model;
    }

    public void record() {
        ExclusionForm form = new ExclusionForm(creditCode, organisationName, ground, occurredOn, source, note);
        try {
            ExclusionEntry entry;
            if (evidence == null || evidence.getSize() == 0) {
                entry = exclusions.record(form, null, null);
            } else {
                try (InputStream in = evidence.getInputStream()) {
                    entry = exclusions.record(form, evidence.getSubmittedFileName(), in);
                }
            }
            Faces.info("workspace.exclusions.recorded", entry.getOrganisationName());
            creditCode = null;
            organisationName = null;
            ground = null;
            occurredOn = null;
            source = null;
            note = null;
        } catch (PortalException e) {
            Faces.show(e, RECORD_FIELDS);
        } catch (IOException e) {
            Faces.error("record:evidence", "workspace.exclusions.uploadFailed");
        }
    }

    public void importRows() {
        rejectedRows = List.of();
        if (importFile == null || importFile.getSize() == 0) {
            Faces.error("import:file", "workspace.exclusions.import.fileRequired");
            return;
        }
        try (InputStream in = importFile.getInputStream()) {
            ExclusionImportReport report = exclusions.importFile(importFile.getSubmittedFileName(), in);
            if (report.imported()) {
                Faces.info("workspace.exclusions.import.done", report.rows());
            } else {
                rejectedRows = RejectedRow.of(report, Faces.locale());
                Faces.error(null, "workspace.exclusions.import.rejected", rejectedRows.size());
            }
        } catch (PortalException e) {
            Faces.show(e, Map.of("file", "import:file"));
        } catch (IOException e) {
            Faces.error("import:file", "workspace.exclusions.uploadFailed");
        }
    }

    /** Opens the withdrawal of one entry (the reason is asked for below the table). */
    public void startWithdrawal(long id) {
        withdrawId = id;
        withdrawReason = null;
    }

    public void withdraw() {
        try {
            ExclusionEntry entry = exclusions.withdraw(withdrawId, withdrawReason);
            Faces.info("workspace.exclusions.withdrawn", entry.getOrganisationName());
            withdrawId = null;
            withdrawReason = null;
        } catch (PortalException e) {
            Faces.show(e, Map.of("reason", "withdraw:reason"));
        }
    }

    public void cancelWithdrawal() {
        withdrawId = null;
        withdrawReason = null;
    }

    public ExclusionGround[] getGrounds() {
        return ExclusionGround.values();
    }

    /** The latest date the record form offers: an exclusion is a fact, never a forecast. */
    public LocalDate getToday() {
        return clock.today();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ExclusionGround getGroundFilter() {
        return groundFilter;
    }

    public void setGroundFilter(ExclusionGround groundFilter) {
        this.groundFilter = groundFilter;
    }

    public boolean isIncludeWithdrawn() {
        return includeWithdrawn;
    }

    public void setIncludeWithdrawn(boolean includeWithdrawn) {
        this.includeWithdrawn = includeWithdrawn;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public ExclusionGround getGround() {
        return ground;
    }

    public void setGround(ExclusionGround ground) {
        this.ground = ground;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Part getImportFile() {
        return importFile;
    }

    public void setImportFile(Part importFile) {
        this.importFile = importFile;
    }

    public List<RejectedRow> getRejectedRows() {
        return rejectedRows;
    }

    public Long getWithdrawId() {
        return withdrawId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
