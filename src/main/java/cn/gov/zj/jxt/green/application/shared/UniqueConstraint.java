package cn.gov.zj.jxt.green.application.shared;

import java.sql.SQLException;

/**
 * Two people registering the same credit code or user name at the same moment both pass the service's
 * check; the database's unique constraint stops the second. This recognises that refusal (SQLSTATE 23505
 * on H2 and PostgreSQL alike), so the second person gets the same message as if the check had caught it.
 */
public final class UniqueConstraint {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraint() {
    }

    public static void flush(Runnable flush, java.util.function.Supplier<BusinessRuleException> refusal) {
        try {
            flush.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw refusal.get();
                }
            }
            throw e;
        }
    }
}
