package cn.gov.zj.jxt.green.application.shared;

/**
 * An uploaded file the portal will not keep: empty, too large, of a kind not accepted here, or unsafe. The
 * key is {@code upload.refused.<reason>}; the parameters (limits, sizes, the kind found) let the page say
 * why in one sentence. The API answers 400.
 */
public class RejectedUploadException extends PortalException {

    private static final long serialVersionUID = 1L;

    private static final String KEY_PREFIX = "upload.refused.";

    public RejectedUploadException(String reason, Object... parameters) {
        super(KEY_PREFIX + reason, parameters);
    }
}
