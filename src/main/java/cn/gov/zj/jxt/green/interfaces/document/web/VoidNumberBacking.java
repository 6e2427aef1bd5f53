package cn.gov.zj.jxt.green.interfaces.document.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.document.DocumentNumberService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/** workspace/documents/void.xhtml?id=…: voids a number with a reason; it stays in the register. */
@Named
@ViewScoped
public class VoidNumberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("reason", "void:reason");

    @Inject
    DocumentNumberService numbers;

    private Long id;
    private RegisteredNumber number;
    private String reason;

    public void load() {
        if (number != null) {
            return;
        }
        if (id == null) {
            throw new RecordNotFoundException("RegisteredNumber", "");
        }
        number = numbers.get(id);
    }

    public String voidNumber() {
        try {
            RegisteredNumber voided = numbers.voidNumber(id, number.getVersion(), reason);
            Faces.info("workspace.documents.void.done", voided.getNumberText());
            Faces.keepMessages();
            return "/workspace/documents/register.xhtml?faces-redirect=true&year=" + voided.getYear();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RegisteredNumber getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
