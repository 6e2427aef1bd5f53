package cn.gov.zj.jxt.green.application.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user should see: an application exception (the transaction rolls back, the exception
 * reaches the caller unwrapped) whose message is a bundle key, with parameters.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] parameters;

    protected PortalException(String messageKey, Object... parameters) {
        super(messageKey);
        this.messageKey = messageKey;
        this.parameters = parameters.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
