package cn.gov.zj.jxt.green.application.organisation;

import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.RegionScope;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@Stateless
public class DefaultOrganisationService implements OrganisationService {

    private static final String TYPE = "Organisation";

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    @Inject
    PortalClock clock;

    @Override
    public Organisation get(long id) {
        Actor actor = currentActor.get();
        Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        boolean own = actor.organisationId() != null && actor.organisationId() == id;
        if (!own) {
            access.requireRegion(actor, "organisation.read", organisation.getRegion(), TYPE, id);
        }
        return organisation;
    }

    @Override
    public Page<Organisation> search(OrganisationType type, String text, PageRequest page) {
        Actor actor = currentActor.get();
        RegionScope scope = actor.scope();
        if (scope.kind() == RegionScope.Kind.NONE) {
            if (actor.organisationId() == null) {
                access.deny(actor, "organisation.search", TYPE, null);
            }
            Organisation own = get(actor.organisationId());
            return new Page<>(List.of(own), 1);
        }
        return organisations.search(scope.restriction(), type, text, page);
    }

    @Override
    public Organisation prepareRegistration() {
        requireRegistrar(currentActor.get());
        return new Organisation();
    }

    private void requireRegistrar(Actor actor) {
        access.requireRole(actor, "organisation.register", Role.ADMIN, Role.PROVINCE_CLERK, Role.CITY_CLERK,
                Role.COUNTY_CLERK);
    }

    @Override
    public Organisation register(Organisation organisation) {
        Actor actor = currentActor.get();
        requireRegistrar(actor);
        resolveRegion(organisation);
        validation.require(organisation);
        access.requireRegion(actor, "organisation.register", organisation.getRegion(), TYPE,
                organisation.getCreditCode());
        requireUniqueCreditCode(organisation.getCreditCode(), null);
        organisation.registeredAt(clock.now());
        organisations.add(organisation);
        UniqueConstraint.flush(organisations::flush, () -> creditCodeTaken(organisation.getCreditCode()));
        audit.changed("organisation.register", organisation, null);
        return organisation;
    }

    @Override
    public Organisation update(long id, long expectedVersion, Organisation changes) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "organisation.update", Role.ADMIN, Role.PROVINCE_CLERK, Role.CITY_CLERK,
                Role.COUNTY_CLERK);
        Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        access.requireRegion(actor, "organisation.update", organisation.getRegion(), TYPE, id);
        resolveRegion(changes);
        validation.require(changes);
        Region newRegion = changes.getRegion();
        access.requireRegion(actor, "organisation.update", newRegion, TYPE, id);
        Versions.require(organisation.getVersion(), expectedVersion, organisation.getName());
        requireUniqueCreditCode(changes.getCreditCode(), id);

        Map<String, Object> before = organisation.auditState();
        organisation.setType(changes.getType());
        organisation.setName(changes.getName());
        organisation.setCreditCode(changes.getCreditCode());
        organisation.setRegion(newRegion);
        organisation.setAddress(changes.getAddress());
        organisation.setLegalRepresentative(changes.getLegalRepresentative());
        organisation.setContactName(changes.getContactName());
        organisation.setContactPhone(changes.getContactPhone());
        organisation.setContactEmail(changes.getContactEmail());
        UniqueConstraint.flush(organisations::flush, () -> creditCodeTaken(changes.getCreditCode()));
        audit.changed("organisation.update", organisation, before);
        return organisation;
    }

    /** Replaces the region the input names by the stored one; an unknown code leaves none, which validation refuses. */
    private void resolveRegion(Organisation organisation) {
        Region given = organisation.getRegion();
        organisation.setRegion(given == null ? null : regions.find(given.getCode()).orElse(null));
    }

    private void requireUniqueCreditCode(String creditCode, Long exceptId) {
        organisations.findByCreditCode(creditCode)
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new BusinessRuleException("organisation.creditCode.taken", creditCode, existing.getName());
                });
    }

    private static BusinessRuleException creditCodeTaken(String creditCode) {
        return new BusinessRuleException("organisation.creditCode.takenMeanwhile", creditCode);
    }
}
