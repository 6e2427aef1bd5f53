package cn.gov.zj.jxt.green.domain.model.organisation;

import java.util.Optional;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByCreditCode(String creditCode);

    /** Organisations within {@code scope} (all when {@code null}) whose name or code contains {@code text}. */
    Page<Organisation> search(Region scope, OrganisationType type, String text, PageRequest page);

    Organisation add(Organisation organisation);

    /** Writes pending changes now, so that constraint violations surface inside the service. */
    void flush();
}
