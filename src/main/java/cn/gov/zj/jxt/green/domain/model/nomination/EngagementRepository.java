package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import java.util.List;
import java.util.Optional;

public interface EngagementRepository {

    void add(Engagement engagement);

    Optional<Engagement> find(long id);

    /** The application's engagements, newest first. */
    List<Engagement> ofApplication(Application application);

    List<Engagement> ofInstitution(long institutionId);

    /** Accepted projects in {@code batch} of the legal person group {@code groupCode}. */
    long countInGroup(Batch batch, String groupCode);

    /** Accepted projects of {@code year} at {@code level} whose institution has {@code representative}. */
    long countOfRepresentative(int year, ListLevel level, String representative);
}
