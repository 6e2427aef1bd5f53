package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.application.shared.PublicContent;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Raises the public content version whenever an entity that the public pages, the open data or the feeds show is
 * written: META-INF/orm.xml attaches it to those entities, so that no service can forget to. It runs when the
 * provider writes the row, within the transaction, and raises the version once for the whole transaction.
 * Plain JDBC through {@link PublicContent}, not the entity manager, which callbacks must not use.
 */
public class PublicContentListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        CDI.current().select(PublicContent.class).get().changed();
    }
}
