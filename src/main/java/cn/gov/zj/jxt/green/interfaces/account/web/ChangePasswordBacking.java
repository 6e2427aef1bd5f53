package cn.gov.zj.jxt.green.interfaces.account.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/** workspace/password.xhtml: the signed-in person changes their own password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", "password:current", "newPassword", "password:new", "password", "password:new",
            "confirmation", "password:confirmation");

    @Inject
    AccountService accounts;

    private String current;
    private String replacement;
    private String confirmation;

    public String change() {
        if (replacement == null || !replacement.equals(confirmation)) {
            Faces.error("password:confirmation", "workspace.password.mismatch");
            return null;
        }
        try {
            accounts.changeOwnPassword(current, replacement);
            Faces.info("workspace.password.changed");
            Faces.keepMessages();
            return "/workspace/index.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
