package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read an application and what hangs on it: its applicant, an institution asked to evaluate it, the
 * county clerk of its county, the city clerk of its city, and the province.
 */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    EngagementRepository engagements;

    public void requireReader(Application application, String action) {
        Actor actor = currentActor.get();
        boolean allowed = switch (actor.role()) {
            case APPLICANT -> application.getOrganisation().getId().equals(actor.organisationId());
            case INSTITUTION -> engagements.ofApplication(application).stream()
                    .anyMatch(e -> e.getInstitution().getId().equals(actor.organisationId()));
            case COUNTY_CLERK -> actor.scope().covers(application.getRegion());
            case CITY_CLERK -> actor.scope().covers(application.getCity());
            case PROVINCE_CLERK, SUPERVISOR, ADMIN -> true;
            default -> false;
        };
        if (!allowed) {
            access.deny(actor, action, "Application", application.getId());
        }
    }
}
