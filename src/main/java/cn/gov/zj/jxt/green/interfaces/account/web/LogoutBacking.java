package cn.gov.zj.jxt.green.interfaces.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;

/** The sign-out button of the layout: ends the authentication and the whole session. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Faces.redirect("/index.xhtml");
    }
}
