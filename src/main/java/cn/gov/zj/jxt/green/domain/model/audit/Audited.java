package cn.gov.zj.jxt.green.domain.model.audit;

import java.util.Map;

/** An entity whose changes are written to the audit log as before → after snapshots. */
public interface Audited {

    String auditType();

    Object auditId();

    /** The fields worth recording, by name; never secrets. */
    Map<String, Object> auditState();
}
