package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * workspace/publicity/view.xhtml?id=…: the clerk runs one period — extends, suspends or resumes it with a public
 * reason, decides each objection after verifying it, concludes it and issues the joint publication.
 */
@Named
@ViewScoped
public class ManagePublicityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicityService publicity;

    private Long id;
    private transient Publicity period;
    private transient List<Objection> objections;
    private LocalDate lastDay;
    private String reason;
    private LocalDate effectiveDate;
    private Long objectionId;
    private Boolean upheld;
    private String verification;
    private String reasons;

    public void load() {
        period = publicity.get(id == null ? -1 : id);
        objections = publicity.objections(period.getId());
    }

    public void extend() {
        act(() -> publicity.extend(id, required(lastDay, "lastDay", "publicity.lastDay.required"), reason),
                "workspace.publicity.extended");
    }

    public void suspend() {
        act(() -> publicity.suspend(id, reason), "workspace.publicity.suspended");
    }

    public void resume() {
        act(() -> publicity.resume(id, required(lastDay, "lastDay", "publicity.lastDay.required"), reason),
                "workspace.publicity.resumed");
    }

    public void conclude() {
        act(() -> publicity.conclude(id), "workspace.publicity.concluded");
    }

    public void publishJointly() {
        act(() -> publicity.publishJointly(id, effectiveDate), "workspace.publicity.publishedJointly");
    }

    public void decide() {
        // No outcome chosen is no decision, not a silent "not upheld".
        act(() -> publicity.decide(objectionId == null ? -1 : objectionId,
                required(upheld, "upheld", "objection.upheld.required"), verification, reasons),
                "workspace.publicity.decided");
    }

    /** A field the service takes as a plain value: refused beside the field when it is left empty. */
    private static <T> T required(T value, String field, String messageKey) {
        if (value == null) {
            throw InputValidation.violation(field, messageKey);
        }
        return value;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reason = null;
            verification = null;
            reasons = null;
            Faces.info(done);
        } catch (PortalException e) {
            Faces.show(e, Map.of("lastDay", "period:lastDay", "reason", "period:reason",
                    "verification", "decide:verification", "reasons", "decide:reasons", "upheld", "decide:upheld"));
        } finally {
            load();
        }
    }

    public Publicity getPeriod() {
        if (period == null) {
            load();
        }
        return period;
    }

    public List<Objection> getObjections() {
        if (objections == null) {
            load();
        }
        return objections;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public void setObjectionId(Long objectionId) {
        this.objectionId = objectionId;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    public String getVerification() {
        return verification;
    }

    public void setVerification(String verification) {
        this.verification = verification;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
