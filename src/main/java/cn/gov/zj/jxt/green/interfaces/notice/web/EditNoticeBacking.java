package cn.gov.zj.jxt.green.interfaces.notice.web;

import cn.gov.zj.jxt.green.application.notice.NoticeForm;
import cn.gov.zj.jxt.green.application.notice.NoticeService.AnnexTableSource;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * workspace/notices/edit.xhtml: a draft notice — its text, its annexes, preview and issue. An issued notice is not
 * edited here (it is frozen); the page sends the clerk to its view.
 */
@Named
@ViewScoped
public class EditNoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("kind", "notice:kind", "title", "notice:title",
            "recipients", "notice:recipients", "body", "notice:body", "coIssuers", "notice:coIssuers",
            "copyTo", "notice:copyTo", "dated", "notice:dated");
    private static final Map<String, String> UPLOAD_FIELDS = Map.of("annexTitle", "upload:uploadTitle");
    private static final Map<String, String> TABLE_FIELDS = Map.of("annexTitle", "table:tableTitle",
            "pastedTable", "table:pasted");

    @Inject
    NoticeService notices;

    @Inject
    PortalClock clock;

    private Long id;
    private NoticeKind kind;
    private Notice notice;

    private String title;
    private String recipients;
    private String body;
    private List<String> coIssuers = new ArrayList<>();
    private String copyTo;
    private LocalDate dated;

    private String uploadTitle;
    private transient Part uploadFile;
    private AnnexTableSource tableSource = AnnexTableSource.CITY_QUOTAS;
    private String tableTitle;
    private String pasted;

    public void load() {
        if (notice != null || (id == null && title != null)) {
            return; // a postback of this view: keep what was typed
        }
        if (id == null) {
            if (kind == null) {
                kind = NoticeKind.NOTICE;
            }
            recipients = kind.hasRecipients() ? Wording.of("terms").text("recipients.cityBureaus") : null;
            dated = clock.today();
            return;
        }
        notice = notices.get(id);
        if (!notice.isDraft()) {
            Faces.redirect("/workspace/notices/view.xhtml?id=" + id);
            return;
        }
        kind = notice.getKind();
        title = notice.getTitle();
        recipients = notice.getRecipients();
        body = notice.getBody();
        coIssuers = new ArrayList<>(notice.getCoIssuerList());
        copyTo = notice.getCopyTo();
        dated = notice.getDated();
    }

    public String save() {
        NoticeForm form = new NoticeForm(kind, title, recipients, body, coIssuers, copyTo, dated);
        try {
            Notice saved = id == null ? notices.create(form) : notices.update(id, notice.getVersion(), form);
            Faces.info("workspace.notices.edit.saved", saved.getTitle());
            Faces.keepMessages();
            return "/workspace/notices/edit.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public void upload() {
        if (uploadFile == null) {
            Faces.error("upload:file", "workspace.notices.edit.fileRequired");
            return;
        }
        try (InputStream in = uploadFile.getInputStream()) {
            notice = notices.addUploadedAnnex(id, uploadTitle, uploadFile.getSubmittedFileName(), in);
            Faces.info("workspace.notices.edit.annexAdded", notice.getAnnexes().size());
            uploadTitle = null;
        } catch (PortalException e) {
            Faces.show(e, UPLOAD_FIELDS);
        } catch (IOException e) {
            Faces.error("upload:file", "workspace.notices.edit.uploadFailed");
        }
    }

    public void addTable() {
        try {
            notice = notices.addTableAnnex(id, tableSource, tableTitle, pasted);
            Faces.info("workspace.notices.edit.annexAdded", notice.getAnnexes().size());
            tableTitle = null;
            pasted = null;
        } catch (PortalException e) {
            Faces.show(e, TABLE_FIELDS);
        }
    }

    public void removeAnnex(int position) {
        try {
            notice = notices.removeAnnex(id, position);
            Faces.info("workspace.notices.edit.annexRemoved", position);
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    /** Saves the text as typed, then issues it, so that what the clerk sees is what is issued. */
    public String saveAndIssue() {
        try {
            Notice saved = notices.update(id, notice.getVersion(),
                    new NoticeForm(kind, title, recipients, body, coIssuers, copyTo, dated));
            Notice issued = notices.issue(id, saved.getVersion());
            Faces.info("workspace.notices.issued", issued.getNumber() == null ? issued.getTitle()
                    : issued.getNumber());
            Faces.keepMessages();
            return "/workspace/notices/view.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public String deleteDraft() {
        try {
            notices.deleteDraft(id, notice.getVersion());
            Faces.info("workspace.notices.edit.deleted", notice.getTitle());
            Faces.keepMessages();
            return "/workspace/notices/index.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public List<String> getCoIssuerOptions() {
        return List.of(Agency.DEVELOPMENT_REFORM.name(), Agency.ECOLOGY_ENVIRONMENT.name());
    }

    public AnnexTableSource[] getTableSources() {
        return AnnexTableSource.values();
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public Notice getNotice() {
        return notice;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getCoIssuers() {
        return coIssuers;
    }

    public void setCoIssuers(List<String> coIssuers) {
        this.coIssuers = coIssuers;
    }

    public String getCopyTo() {
        return copyTo;
    }

    public void setCopyTo(String copyTo) {
        this.copyTo = copyTo;
    }

    public LocalDate getDated() {
        return dated;
    }

    public void setDated(LocalDate dated) {
        this.dated = dated;
    }

    public String getUploadTitle() {
        return uploadTitle;
    }

    public void setUploadTitle(String uploadTitle) {
        this.uploadTitle = uploadTitle;
    }

    public Part getUploadFile() {
        return uploadFile;
    }

    public void setUploadFile(Part uploadFile) {
        this.uploadFile = uploadFile;
    }

    public AnnexTableSource getTableSource() {
        return tableSource;
    }

    public void setTableSource(AnnexTableSource tableSource) {
        this.tableSource = tableSource;
    }

    public String getTableTitle() {
        return tableTitle;
    }

    public void setTableTitle(String tableTitle) {
        this.tableTitle = tableTitle;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }
}
