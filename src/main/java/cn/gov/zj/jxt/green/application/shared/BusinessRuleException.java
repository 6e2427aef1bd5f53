package cn.gov.zj.jxt.green.application.shared;

/** A rule of the domain refuses the change (e.g. a credit code already registered). The API answers 409. */
public class BusinessRuleException extends PortalException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
