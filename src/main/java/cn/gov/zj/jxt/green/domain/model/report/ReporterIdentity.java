package cn.gov.zj.jxt.green.domain.model.report;

/**
 * Who reported, in clear: exists only in memory, for the assigned handler and provincial clerks, each reading
 * audited. {@link #toString()} names nothing, so a log line cannot carry it.
 */
public record ReporterIdentity(String name, String idNumber, String phone, String email) {

    @Override
    public String toString() {
        return "ReporterIdentity[withheld]";
    }
}
