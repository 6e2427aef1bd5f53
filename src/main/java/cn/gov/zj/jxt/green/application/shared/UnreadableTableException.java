package cn.gov.zj.jxt.green.application.shared;

/** The file passed the upload checks but holds no table we can read (no sheet, broken XML, bad quoting). */
public class UnreadableTableException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
