package cn.gov.zj.jxt.green.application.shared;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.audit.AuditChain;
import cn.gov.zj.jxt.green.domain.model.audit.AuditChainHead;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRecord;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRepository;
import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * Records changes when the transaction's outermost service call returns and events at once, each under the chain
 * head's row lock, so that concurrent transactions append one after another ({@link AuditWriter}).
 */
@Stateless
public class DefaultAuditService implements AuditService {

    private static final int VERIFY_BATCH = 1000;
    /** Fits the audit_entry before/after columns. */
    private static final int MAX_STATE_LENGTH = 60_000;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    PortalClock clock;

    @Inject
    AuditWriter writer;

    @Override
    public void changed(String action, Audited entity, Map<String, Object> before) {
        // The states as they are now; the entity may change again before the record is appended.
        Actor actor = currentActor.get();
        String beforeState = json(before);
        String afterState = json(entity.auditState());
        writer.add(clock.now(), () -> record(actor, action, entity.auditType(), entity.auditId(), beforeState,
                afterState));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void event(Actor actor, String action, String entityType, Object entityId, String detail) {
        AuditRecord record = record(actor, action, entityType, entityId, null,
                detail == null ? null : json(Map.of("detail", detail)));
        writer.add(clock.now(), () -> record);
    }

    private static AuditRecord record(Actor actor, String action, String entityType, Object entityId,
            String before, String after) {
        return new AuditRecord(actor.name(), actor.role().name(),
                actor.region() == null ? null : actor.region().getCode(), action, entityType,
                entityId == null ? null : entityId.toString(), before, after, actor.clientAddress());
    }

    @Override
    public ChainVerification verify() {
        access.requireRole(currentActor.get(), "audit.verify", Role.ADMIN, Role.SUPERVISOR);
        // The head first: entries appended while the check runs lie beyond it and wait for the next check.
        AuditChainHead head = repository.head();
        if (head == null) {
            return ChainVerification.headMissing();
        }
        return AuditChain.verify(new BatchIterator(head.getLastIndex()), head);
    }

    @Override
    public Page<AuditEntry> search(String action, String entityType, String actor, PageRequest page) {
        access.requireRole(currentActor.get(), "audit.search", Role.ADMIN, Role.SUPERVISOR);
        return repository.search(action, entityType, actor, page);
    }

    static String json(Map<String, Object> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        state.forEach((key, value) -> {
            if (value == null) {
                object.addNull(key);
            } else if (value instanceof Number n) {
                object.add(key, Json.createValue(n.toString().contains(".") ? n.doubleValue() : n.longValue()));
            } else if (value instanceof Boolean b) {
                object.add(key, b);
            } else {
                object.add(key, value.toString());
            }
        });
        String text = object.build().toString();
        return text.length() <= MAX_STATE_LENGTH ? text : text.substring(0, MAX_STATE_LENGTH);
    }

    /** Reads the chain in index order, a batch at a time, so that verifying never holds the whole log. */
    private final class BatchIterator implements Iterator<AuditEntry> {

        private final long upTo;
        private List<AuditEntry> batch = List.of();
        private int position;
        private long lastIndex;
        private boolean exhausted;

        BatchIterator(long upTo) {
            this.upTo = upTo;
        }

        @Override
        public boolean hasNext() {
            if (position < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            List<AuditEntry> read = repository.entriesAfter(lastIndex, VERIFY_BATCH);
            batch = read.stream().filter(e -> e.getChainIndex() <= upTo).toList();
            position = 0;
            exhausted = read.size() < VERIFY_BATCH || batch.size() < read.size();
            return !batch.isEmpty();
        }

        @Override
        public AuditEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEntry entry = batch.get(position++);
            lastIndex = entry.getChainIndex();
            return entry;
        }
    }
}
