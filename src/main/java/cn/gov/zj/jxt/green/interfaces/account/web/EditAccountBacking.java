package cn.gov.zj.jxt.green.interfaces.account.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/** admin/accounts/edit.xhtml[?id=…]: creates an account or changes one, and resets its password. */
@Named
@ViewScoped
public class EditAccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "username", "account:username", "displayName", "account:displayName", "email", "account:email",
            "role", "account:role", "region", "account:region", "organisation", "account:organisation",
            "password", "account:password");

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private Long id;
    private Account account;
    private String regionCode;
    private Long organisationId;
    private String password;
    private List<SelectItem> organisationOptions;

    public void load() {
        if (account != null) {
            return;
        }
        if (id == null) {
            account = accounts.prepareCreation();
        } else {
            account = accounts.get(id);
            regionCode = account.getRegion() == null ? null : account.getRegion().getCode();
            organisationId = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        }
    }

    public String save() {
        account.setRegion(regionCode == null ? null : Region.reference(regionCode));
        account.setOrganisation(organisationId == null ? null : Organisation.reference(organisationId));
        try {
            Account saved;
            if (id == null) {
                saved = accounts.create(account, password);
            } else {
                saved = accounts.update(id, account.getVersion(), account, password);
            }
            Faces.info("admin.accounts.edit.saved", saved.getUsername());
            Faces.keepMessages();
            return "/admin/accounts/index.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    /** Organisations an account may act for (administrators see all of them). */
    public List<SelectItem> getOrganisationOptions() {
        if (organisationOptions == null) {
            organisationOptions = organisations.search(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                    .items().stream()
                    .map(o -> new SelectItem(o.getId(), o.getName() + "（" + o.getCreditCode() + "）"))
                    .toList();
        }
        return organisationOptions;
    }

    public Role[] getRoles() {
        return Role.assignable().toArray(Role[]::new);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
