package cn.gov.zj.jxt.green.application.shared;

/** The actor may not do this (role) or not here (region scope). Pages answer 403, the API 403. */
public class AccessDeniedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
