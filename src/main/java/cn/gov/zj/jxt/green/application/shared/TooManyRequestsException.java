package cn.gov.zj.jxt.green.application.shared;

/** A client sent more through a public form than its rate allows; the API answers 429. */
public class TooManyRequestsException extends PortalException {

    private static final long serialVersionUID = 1L;

    public TooManyRequestsException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
