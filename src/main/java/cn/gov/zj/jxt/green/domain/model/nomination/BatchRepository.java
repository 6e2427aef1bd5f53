package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import java.util.List;
import java.util.Optional;

public interface BatchRepository {

    void add(Batch batch);

    Optional<Batch> find(long id);

    List<Batch> all();

    List<Batch> ofYear(int year);

    /**
     * Locks every batch of {@code year} at {@code level}, in id order, until the transaction ends: the caps on
     * third-party institutions count across them, so acceptances that could exceed a cap take turns.
     */
    List<Batch> lockYear(int year, ListLevel level);
}
