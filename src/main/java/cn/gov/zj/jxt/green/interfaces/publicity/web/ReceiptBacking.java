package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** publicity/receipt.xhtml: an objector follows his objection by its receipt code, with no account. */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    PublicityService publicity;

    private String code;
    private Objection objection;

    public void find() {
        objection = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            objection = publicity.track(code);
        } catch (RecordNotFoundException e) {
            Faces.error("receipt:code", "publicity.receipt.notFound");
            Faces.notFound();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Objection getObjection() {
        return objection;
    }
}
