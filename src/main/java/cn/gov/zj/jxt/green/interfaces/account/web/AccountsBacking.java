package cn.gov.zj.jxt.green.interfaces.account.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.interfaces.shared.web.PagedModel;

/** admin/accounts/index.xhtml: every account, by role and name, paged. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private Role role;
    private String text;
    private PagedModel<Account> model;

    public PagedModel<Account> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> accounts.search(role, text, request), a -> String.valueOf(a.getId()));
        }
        return model;
    }

    public Role[] getRoles() {
        return Role.assignable().toArray(Role[]::new);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
