package cn.gov.zj.jxt.green.domain.model.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
import cn.gov.zj.jxt.green.domain.shared.ReceiptCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An objection to an entry of a publicised list (004 §(十六)): received, then upheld or not, once. */
class ObjectionTest {

    private static final Instant FILED = Instant.parse("2025-11-10T03:00:00Z");
    private static final Instant DECIDED = Instant.parse("2025-11-20T06:00:00Z");

    private final Publicity publicity = PublicityTest.publicity();
    private final PublicityEntry entry = publicity.getEntries().get(0);

    private Objection objection() {
        return new Objection(entry, ReceiptCode.hash("ABCDEFGHJKMNPQRS"), "张三", "v1:k:cipher", "3301**********123X",
                "13800000000", "zhangsan@example.com", "该企业能耗数据与统计报表不符",
                List.of(new EvidenceFile("统计报表.pdf", "application/pdf", "aa".repeat(32), 1024)), FILED);
    }

    @Test
    void anObjectionIsReceivedAgainstAnEntryOfItsPublicity() {
        Objection objection = objection();
        assertEquals(ObjectionStatus.RECEIVED, objection.getStatus());
        assertTrue(objection.getStatus().open());
        assertSame(publicity, objection.getPublicity());
        assertSame(entry, objection.getEntry());
        assertEquals(FILED, objection.getSubmittedAt());
        assertEquals(1, objection.getEvidence().size());
        assertNull(objection.getDecidedAt());
        assertNull(objection.getReasons());
        assertTrue(entry.isListed());
    }

    @Test
    void anUpheldObjectionTakesTheEntryOffTheListWithItsReasons() {
        Objection objection = objection();
        objection.decide(true, "调取统计报表核实，情况属实", "能耗数据不实，取消公示", "province", DECIDED);
        assertEquals(ObjectionStatus.UPHELD, objection.getStatus());
        assertFalse(objection.getStatus().open());
        assertEquals("调取统计报表核实，情况属实", objection.getVerification());
        assertEquals("能耗数据不实，取消公示", objection.getReasons());
        assertEquals("province", objection.getDecidedBy());
        assertEquals(DECIDED, objection.getDecidedAt());
        assertFalse(entry.isListed());
        assertEquals("能耗数据不实，取消公示", entry.getWithdrawnReason());
        assertEquals(DECIDED, entry.getWithdrawnAt());
        assertEquals(List.of(publicity.getEntries().get(1)), publicity.listed());
    }

    @Test
    void anObjectionNotUpheldLeavesTheEntryListed() {
        Objection objection = objection();
        objection.decide(false, "核实统计口径一致", "所反映问题不属实", "province", DECIDED);
        assertEquals(ObjectionStatus.NOT_UPHELD, objection.getStatus());
        assertFalse(objection.getStatus().open());
        assertEquals("所反映问题不属实", objection.getReasons());
        assertEquals(DECIDED, objection.getDecidedAt());
        assertTrue(entry.isListed());
        assertEquals(2, publicity.listed().size());
    }

    @Test
    void anObjectionIsDecidedOnceWhicheverWayItWent() {
        Objection dismissed = objection();
        dismissed.decide(false, "核实", "不属实", "province", DECIDED);
        assertThrows(IllegalStateException.class,
                () -> dismissed.decide(true, "再核实", "属实", "province", DECIDED.plusSeconds(60)));
        assertEquals(ObjectionStatus.NOT_UPHELD, dismissed.getStatus());
        assertEquals("不属实", dismissed.getReasons());
        assertEquals(DECIDED, dismissed.getDecidedAt());
        assertTrue(entry.isListed(), "a refused second decision withdraws nothing");

        Objection upheld = objection();
        upheld.decide(true, "核实", "属实", "province", DECIDED);
        assertThrows(IllegalStateException.class,
                () -> upheld.decide(false, "再核实", "不属实", "province", DECIDED.plusSeconds(60)));
        assertEquals(ObjectionStatus.UPHELD, upheld.getStatus());
        assertFalse(entry.isListed());
    }

    @Test
    void aSecondUpheldObjectionToTheSameEntryKeepsTheFirstReason() {
        Objection first = objection();
        Objection second = objection();
        first.decide(true, "核实", "第一份异议成立", "province", DECIDED);
        second.decide(true, "核实", "第二份异议成立", "province", DECIDED.plusSeconds(60));
        assertEquals(ObjectionStatus.UPHELD, second.getStatus());
        assertEquals("第一份异议成立", entry.getWithdrawnReason());
        assertEquals(DECIDED, entry.getWithdrawnAt());
    }

    @Test
    void theAuditStateKeepsTheCourseAndAtMostTheMaskedNumber() {
        Objection objection = objection();
        objection.decide(false, "核实", "不属实", "province", DECIDED);
        String state = objection.auditState().toString();
        assertTrue(state.contains("3301**********123X"), state);
        assertTrue(state.contains("NOT_UPHELD"), state);
        for (String personal : List.of("张三", "v1:k:cipher", "13800000000", "zhangsan@example.com", "能耗数据")) {
            assertFalse(state.contains(personal), state);
        }
    }

    @Test
    void anObjectionIsDecidedWhileThePeriodRunsIsSuspendedOrHasClosed() {
        Instant starts = publicity.startsAt();
        publicity.open(starts);
        Objection whileOpen = objection();
        whileOpen.decide(false, "核实", "不属实", "province", FILED.plusSeconds(60));
        assertEquals(ObjectionStatus.NOT_UPHELD, whileOpen.getStatus());

        publicity.suspend("核实材料", FILED.plusSeconds(120));
        Objection whileSuspended = objection();
        whileSuspended.decide(false, "核实", "不属实", "province", FILED.plusSeconds(180));
        assertEquals(ObjectionStatus.NOT_UPHELD, whileSuspended.getStatus());

        publicity.resume(publicity.getLastDay(), "恢复", FILED.plusSeconds(240));
        publicity.close(publicity.getEndsAt());
        Objection afterClose = objection();
        afterClose.decide(true, "核实", "属实", "province", DECIDED);
        assertEquals(ObjectionStatus.UPHELD, afterClose.getStatus(), "the clerk handles what remains after the end");
        assertFalse(entry.isListed());
    }

    @Test
    void noObjectionIsDecidedOnceThePeriodIsConcluded() {
        Objection objection = objection();
        publicity.open(publicity.startsAt());
        publicity.close(publicity.getEndsAt());
        publicity.conclude(DECIDED);

        IllegalStateException upheld = assertThrows(IllegalStateException.class,
                () -> objection.decide(true, "核实", "属实", "province", DECIDED.plusSeconds(60)));
        assertTrue(upheld.getMessage().endsWith("is concluded"), upheld.getMessage());
        assertThrows(IllegalStateException.class,
                () -> objection.decide(false, "核实", "不属实", "province", DECIDED.plusSeconds(60)));
        assertEquals(ObjectionStatus.RECEIVED, objection.getStatus());
        assertNull(objection.getDecidedAt());
        assertNull(objection.getReasons());
        assertTrue(entry.isListed(), "the concluded list stands");
    }
}
