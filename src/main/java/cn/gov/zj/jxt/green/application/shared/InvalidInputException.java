package cn.gov.zj.jxt.green.application.shared;

import java.util.List;

/** Input that breaks its constraints; each violation names its field. The API answers 400. */
public class InvalidInputException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** One broken constraint: the property path and the message's key in ValidationMessages. */
    public record Violation(String field, String messageKey) implements java.io.Serializable {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("error.invalidInput");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
