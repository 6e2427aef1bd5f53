package cn.gov.zj.jxt.green.application.shared;

/** No such record. Pages answer 404, the API 404. */
public class RecordNotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String entityType, Object id) {
        super("error.notFound", entityType, id);
    }
}
