package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.domain.model.listing.RemovalProposed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the removal flow in tests: records every {@link RemovalProposed} it observes, and whether a
 * transaction was active when it arrived (the event must be part of the concluding transaction). Exists only in
 * the test deployment.
 */
@ApplicationScoped
public class RemovalProposals {

    /** An observed proposal and the transaction it arrived in ({@code null}: none). */
    public record Seen(RemovalProposed event, Object transaction) {
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes RemovalProposed event) {
        seen.add(new Seen(event, transactions.getTransactionKey()));
    }

    public List<Seen> of(long organisationId) {
        return seen.stream().filter(s -> s.event().organisationId() == organisationId).toList();
    }
}
