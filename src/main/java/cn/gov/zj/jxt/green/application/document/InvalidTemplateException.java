package cn.gov.zj.jxt.green.application.document;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import cn.gov.zj.jxt.green.application.shared.PortalException;

/**
 * An uploaded document template the portal refuses, with every problem found, so that the clerk can fix them all
 * in one go. Each problem is a bundle key with its parameters, like the exception's own message.
 */
public class InvalidTemplateException extends PortalException {

    private static final long serialVersionUID = 1L;

    /** One thing wrong with a template: a bundle key and its parameters (numbers are millimetres). */
    public record Problem(String messageKey, Object... params) implements Serializable {

        public Problem {
            params = params.clone();
        }

        @Override
        public Object[] params() {
            return params.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Problem p && messageKey.equals(p.messageKey) && Arrays.equals(params, p.params);
        }

        @Override
        public int hashCode() {
            return 31 * messageKey.hashCode() + Arrays.hashCode(params);
        }

        @Override
        public String toString() {
            return messageKey + Arrays.toString(params);
        }
    }

    private final List<Problem> problems;

    public InvalidTemplateException(List<Problem> problems) {
        super("document.template.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
