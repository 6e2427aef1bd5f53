package cn.gov.zj.jxt.green.interfaces.audit.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;

/** admin/audit/index.xhtml: the audit log, newest first, and a check of its hash chain. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private String action;
    private String entityType;
    private String actor;
    private PagedModel<AuditEntry> model;
    private ChainVerification verification;

    public PagedModel<AuditEntry> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> audit.search(action, entityType, actor, request),
                    e -> String.valueOf(e.getChainIndex()));
        }
        return model;
    }

    public void verify() {
        verification = audit.verify();
    }

    /** "Intact: 123 entries checked" or "Broken at entry 17: an entry was edited". */
    public String getVerdict() {
        if (verification == null) {
            return null;
        }
        return verification.intact() ? Faces.text("admin.audit.intact", verification.entriesChecked())
                : Faces.text("admin.audit.broken", verification.brokenAt(),
                        Faces.text("enum.ChainVerification.Problem." + verification.problem()));
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
