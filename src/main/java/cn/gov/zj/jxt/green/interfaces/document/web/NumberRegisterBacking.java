package cn.gov.zj.jxt.green.interfaces.document.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.document.DocumentNumberService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;

/** workspace/documents/register.xhtml: the register 发文登记簿, and registering a document issued elsewhere. */
@Named
@ViewScoped
public class NumberRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("title", "issue:title");

    @Inject
    DocumentNumberService numbers;

    @Inject
    PortalClock clock;

    private Integer year;
    private Issuer issuer;
    private PagedModel<RegisteredNumber> model;

    private Issuer newIssuer = Issuer.GREEN;
    private String newTitle;

    public void load() {
        if (year == null) {
            year = clock.today().getYear();
        }
    }

    public PagedModel<RegisteredNumber> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> numbers.register(year, issuer, request), n -> String.valueOf(n.getId()));
        }
        return model;
    }

    public void issue() {
        try {
            RegisteredNumber issued = numbers.issue(newIssuer, newTitle);
            Faces.info("workspace.documents.register.done", issued.getNumberText(), issued.getTitle());
            newTitle = null;
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        }
    }

    public Issuer[] getIssuers() {
        return Issuer.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public void setIssuer(Issuer issuer) {
        this.issuer = issuer;
    }

    public Issuer getNewIssuer() {
        return newIssuer;
    }

    public void setNewIssuer(Issuer newIssuer) {
        this.newIssuer = newIssuer;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
