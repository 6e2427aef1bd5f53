package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.EngagementService.CapUse;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/engagements/index.xhtml: a third-party institution's engagements (003 §二(一), 004 §(二十二)) — accept
 * within its caps, which are shown beside the button, or decline; download the generated undertaking; upload it
 * signed and see what the portal could verify.
 */
@Named
@ViewScoped
public class EngagementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EngagementService engagements;

    private List<Engagement> mine;
    private final Map<Long, CapUse> caps = new HashMap<>();
    private Long uploadId;
    private transient Part signedFile;
    private Engagement uploaded;

    public void load() {
        if (mine == null) {
            refresh();
        }
    }

    private void refresh() {
        mine = engagements.mine();
        caps.clear();
        for (Engagement e : mine) {
            if (e.getStatus() == EngagementStatus.REQUESTED) {
                caps.put(e.getId(), engagements.capUse(e.getId()));
            }
        }
    }

    /**
     * The service's own refusal, in the same words, when the cap is reached; {@code null} otherwise. Written while
     * the page renders, in the reader's language (a view action runs before the view's locale is set).
     */
    public String refusal(Engagement e) {
        CapUse use = caps.get(e.getId());
        return use == null || !use.reached() ? null
                : Faces.text(use.refusalKey(), use.refusalArguments().toArray());
    }

    public void accept(long id) {
        try {
            Engagement accepted = engagements.accept(id);
            Faces.info("workspace.engagements.accepted", accepted.getApplication().getOrganisation().getName());
            uploadId = accepted.getId();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    public void decline(long id) {
        try {
            Engagement declined = engagements.decline(id);
            Faces.info("workspace.engagements.declined", declined.getApplication().getOrganisation().getName());
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
        refresh();
    }

    /** Opens the upload for one accepted engagement (the form is below the table). */
    public void startUpload(long id) {
        uploadId = id;
        uploaded = null;
    }

    public void upload() {
        uploaded = null;
        if (uploadId == null) {
            Faces.error("signed:engagement", "workspace.engagements.chooseEngagement");
            return;
        }
        if (signedFile == null || signedFile.getSize() == 0) {
            Faces.error("signed:file", "workspace.engagements.fileRequired");
            return;
        }
        try (InputStream in = signedFile.getInputStream()) {
            uploaded = engagements.uploadSigned(uploadId, signedFile.getSubmittedFileName(), in);
            Faces.info("workspace.engagements.uploaded",
                    Faces.text("enum.SignatureStatus." + uploaded.getSignatureStatus()));
        } catch (PortalException e) {
            Faces.show(e, Map.of("file", "signed:file"));
        } catch (IOException e) {
            Faces.error("signed:file", "workspace.engagements.uploadFailed");
        }
        refresh();
    }

    /** Accepted engagements, the ones whose signed undertaking may be uploaded. */
    public List<Engagement> getAccepted() {
        return getMine().stream().filter(e -> e.getStatus() == EngagementStatus.ACCEPTED).toList();
    }

    public List<Engagement> getMine() {
        load();
        return mine;
    }

    public CapUse cap(long engagementId) {
        return caps.get(engagementId);
    }

    public Long getUploadId() {
        return uploadId;
    }

    public void setUploadId(Long uploadId) {
        this.uploadId = uploadId;
    }

    public Part getSignedFile() {
        return signedFile;
    }

    public void setSignedFile(Part signedFile) {
        this.signedFile = signedFile;
    }

    public Engagement getUploaded() {
        return uploaded;
    }
}
