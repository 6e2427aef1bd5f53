package cn.gov.zj.jxt.green.interfaces.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.testing.AtOnce;
import cn.gov.zj.jxt.green.testing.AuditLockOrder;
import cn.gov.zj.jxt.green.testing.Deployments;

/**
 * Two transactions, one locking a row and then recording a change, the other recording a change and then locking that
 * row: with the chain head locked when a change is recorded, the two wait on each other and the database rolls one
 * back ("Deadlock detected"). Records are appended when the outermost service call returns, so both commit, and the
 * chain stays whole.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLockOrderIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    AuditLockOrder transactions;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    Instance<RequestContextController> requests;

    @Test
    void transactionsThatLockARowAndRecordInOppositeOrdersBothCommit() throws Exception {
        long before = recorded();
        CountDownLatch rowLocked = new CountDownLatch(1);
        CountDownLatch recorded = new CountDownLatch(1);
        List<Callable<String>> both = List.of(
                () -> asSystem(() -> transactions.rowThenRecord("330100", rowLocked, recorded), "row first"),
                () -> asSystem(() -> transactions.recordThenRow("330100", rowLocked, recorded), "record first"));

        assertEquals(List.of("row first", "record first"), AtOnce.run(requests, both));

        assertEquals(before + 2, recorded(), "both changes are in the audit log");
        assertTrue(currentActor.runAsSystem(audit::verify).intact(), "the chain is whole");
    }

    private long recorded() {
        return currentActor.runAsSystem(() -> audit.search(AuditLockOrder.ACTION, null, null, new PageRequest(0, 1)))
                .total();
    }

    private String asSystem(Work work, String name) {
        return currentActor.runAsSystem(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return name;
        });
    }

    private interface Work {
        void run() throws InterruptedException;
    }
}
