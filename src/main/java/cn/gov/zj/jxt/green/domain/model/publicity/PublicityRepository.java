package cn.gov.zj.jxt.green.domain.model.publicity;

import java.util.List;
import java.util.Optional;

public interface PublicityRepository {

    void add(Publicity publicity);

    Optional<Publicity> find(long id);

    /** With a pessimistic lock, for changes that must not race the deadlines or another clerk. */
    Optional<Publicity> lock(long id);

    Optional<Publicity> ofBatch(long batchId);

    /** Newest start first. */
    List<Publicity> all();

    void add(Objection objection);

    Optional<Objection> objection(long id);

    Optional<Objection> objectionByReceipt(String receiptHash);

    List<Objection> objections(long publicityId);

    long openObjections(long publicityId);
}
