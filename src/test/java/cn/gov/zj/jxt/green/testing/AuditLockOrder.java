package cn.gov.zj.jxt.green.testing;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.domain.model.audit.Audited;

/**
 * Two audited transactions that take a row lock and the audit chain head in opposite orders, as a service that
 * records a change and then updates a row another transaction holds would: the one that locks the row first
 * records its change only after the other has recorded its own.
 */
@Stateless
public class AuditLockOrder {

    public static final String ACTION = "test.lockOrder";

    private static final long WAIT_SECONDS = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditService audit;

    public void rowThenRecord(String regionCode, CountDownLatch rowLocked, CountDownLatch otherRecorded)
            throws InterruptedException {
        lockRow(regionCode);
        rowLocked.countDown();
        await(otherRecorded);
        audit.changed(ACTION, new Subject("row-then-record"), Map.of());
    }

    public void recordThenRow(String regionCode, CountDownLatch rowLocked, CountDownLatch recorded)
            throws InterruptedException {
        await(rowLocked);
        audit.changed(ACTION, new Subject("record-then-row"), Map.of());
        recorded.countDown();
        lockRow(regionCode);
    }

    private void lockRow(String regionCode) {
        em.createNativeQuery("UPDATE region SET name = name WHERE code = ?1").setParameter(1, regionCode)
                .executeUpdate();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the other transaction did not get there in " + WAIT_SECONDS + " s");
        }
    }

    private record Subject(String name) implements Audited {

        @Override
        public String auditType() {
            return "LockOrderTest";
        }

        @Override
        public Object auditId() {
            return name;
        }

        @Override
        public Map<String, Object> auditState() {
            return Map.of("name", name);
        }
    }
}
