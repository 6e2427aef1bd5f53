package cn.gov.zj.jxt.green.application.shared;

import jakarta.ejb.ApplicationException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

/**
 * Around every service call and timer (the default interceptor of {@code WEB-INF/ejb-jar.xml}, inside the
 * container's transaction): the outermost call in a transaction holds back its audit records and appends them when it
 * returns, so that the chain head is the last lock the transaction takes ({@link AuditWriter}). A call that ends in
 * an exception appends them only if the transaction still commits.
 */
public class AuditBoundary {

    @Inject
    AuditWriter writer;

    @AroundInvoke
    Object aroundCall(InvocationContext call) throws Exception {
        return around(call);
    }

    @AroundTimeout
    Object aroundTimer(InvocationContext call) throws Exception {
        return around(call);
    }

    private Object around(InvocationContext call) throws Exception {
        if (!writer.open()) {
            return call.proceed();
        }
        Object result;
        try {
            result = call.proceed();
        } catch (Exception | Error e) {
            // The call's own failure is what the caller must see; one in appending the records rides along with it.
            try {
                writer.close(commitsDespite(e));
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        writer.close(true);
        return result;
    }

    /** A checked exception, or an application exception marked so, leaves the transaction to commit. */
    private static boolean commitsDespite(Throwable e) {
        if (e instanceof Error) {
            return false;
        }
        if (!(e instanceof RuntimeException)) {
            return true;
        }
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            ApplicationException marked = type.getAnnotation(ApplicationException.class);
            if (marked != null && (type == e.getClass() || marked.inherited())) {
                return !marked.rollback();
            }
        }
        return false;
    }
}
