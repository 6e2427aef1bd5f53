package cn.gov.zj.jxt.green.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private AuditChainHead head;
    private List<AuditEntry> entries;

    @BeforeEach
    void fiveEntries() {
        head = AuditChain.emptyHead();
        entries = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            entries.add(AuditChain.append(head, Instant.parse("2025-05-28T02:00:00Z").plusSeconds(i),
                    new AuditRecord("hangzhou", "CITY_CLERK", "330100", "organisation.update", "Organisation",
                            String.valueOf(i), "{\"name\":\"old\"}", "{\"name\":\"new " + i + "\"}", "127.0.0.1")));
        }
    }

    @Test
    void linksEachEntryToItsPredecessor() {
        assertEquals(AuditChain.GENESIS, entries.get(0).getPreviousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).getHash(), entries.get(i).getPreviousHash());
            assertEquals(i + 1, entries.get(i).getChainIndex());
        }
        assertEquals(5, head.getLastIndex());
        assertEquals(entries.get(4).getHash(), head.getLastHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertTrue(result.intact());
        assertEquals(5, result.entriesChecked());
    }

    @Test
    void anEmptyChainIsIntact() {
        assertTrue(AuditChain.verify(List.<AuditEntry>of().iterator(), AuditChain.emptyHead()).intact());
    }

    @Test
    void detectsAnEditedField() throws ReflectiveOperationException {
        set(entries.get(2), "actor", "mallory");
        assertBroken(3, ChainVerification.Problem.CONTENT_ALTERED);
    }

    @Test
    void detectsAnEditedRowWhoseHashWasRecomputed() throws ReflectiveOperationException {
        AuditEntry third = entries.get(2);
        set(third, "afterState", "{\"name\":\"forged\"}");
        set(third, "hash", third.computeHash());
        assertBroken(4, ChainVerification.Problem.LINK_BROKEN);
    }

    @Test
    void detectsADeletedRow() {
        entries.remove(1);
        assertBroken(2, ChainVerification.Problem.ENTRY_MISSING);
    }

    @Test
    void detectsDeletedNewestRows() {
        entries.remove(4);
        assertBroken(5, ChainVerification.Problem.HEAD_MISMATCH);
    }

    @Test
    void hashesDifferWhenFieldsShiftBetweenColumns() {
        AuditChainHead a = AuditChain.emptyHead();
        AuditChainHead b = AuditChain.emptyHead();
        Instant when = Instant.parse("2025-01-01T00:00:00Z");
        AuditEntry one = AuditChain.append(a, when, new AuditRecord("ab", null, null, "c", null, null, null, null, null));
        AuditEntry two = AuditChain.append(b, when, new AuditRecord("a", null, null, "bc", null, null, null, null, null));
        assertNotEquals(one.getHash(), two.getHash());
    }

    private void assertBroken(long index, ChainVerification.Problem problem) {
        ChainVerification result = AuditChain.verify(entries.iterator(), head);
        assertFalse(result.intact());
        assertEquals(index, result.brokenAt());
        assertEquals(problem, result.problem());
    }

    private static void set(AuditEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
