package cn.gov.zj.jxt.green.application.institution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliateRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;

@Stateless
public class DefaultInstitutionAffiliateService implements InstitutionAffiliateService {

    private static final String TYPE = "InstitutionAffiliate";
    /** Read every institution's affiliates: they check the caps across the province. */
    private static final Role[] READERS = {Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN};

    @Inject
    InstitutionAffiliateRepository affiliates;

    @Inject
    OrganisationRepository organisations;

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
    public List<InstitutionAffiliate> list(Long institutionId) {
        Long id = readable(institutionId, "institution.affiliate.list");
        return id == null ? affiliates.all() : affiliates.ofInstitution(institution(id).getId());
    }

    @Override
    public Set<String> group(Long institutionId) {
        Long id = readable(institutionId, "institution.affiliate.group");
        if (id == null) {
            throw InputValidation.violation("institution", "affiliate.institution.required");
        }
        return groupCreditCodes(id);
    }

    /** The institution the actor may read: its own for an institution's account, any (or all: null) for a reader. */
    private Long readable(Long institutionId, String action) {
        Actor actor = currentActor.get();
        if (actor.is(Role.INSTITUTION)) {
            Long own = ownInstitution(actor, action);
            if (institutionId != null && !institutionId.equals(own)) {
                access.deny(actor, action, "Organisation", institutionId);
            }
            return own;
        }
        access.requireRole(actor, action, READERS);
        return institutionId;
    }

    @Override
    public InstitutionAffiliate prepare() {
        Actor actor = currentActor.get();
        access.requireRole(actor, "institution.affiliate.add", Role.INSTITUTION);
        ownInstitution(actor, "institution.affiliate.add");
        return new InstitutionAffiliate();
    }

    @Override
    public InstitutionAffiliate add(InstitutionAffiliate affiliate) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "institution.affiliate.add", Role.INSTITUTION);
        Organisation institution = institution(ownInstitution(actor, "institution.affiliate.add"));
        validation.require(affiliate);
        String code = affiliate.getCreditCode();
        if (code.equals(institution.getCreditCode())) {
            throw new BusinessRuleException("affiliate.creditCode.own", code);
        }
        // A registered institution may be an affiliate: its projects then count against this group's cap (003
        // §二(一)). Groups stay one level deep, so that every institution belongs to exactly one group: a group's
        // head cannot join another group, and a member cannot head one.
        organisations.findByCreditCode(code)
                .filter(o -> o.getType() == OrganisationType.INSTITUTION)
                .filter(o -> !affiliates.ofInstitution(o.getId()).isEmpty())
                .ifPresent(other -> {
                    throw new BusinessRuleException("affiliate.creditCode.institution", code, other.getName());
                });
        if (affiliates.findByCreditCode(institution.getCreditCode()).isPresent()) {
            throw new BusinessRuleException("affiliate.institution.member", institution.getName());
        }
        affiliates.findByCreditCode(code).ifPresent(existing -> {
            // Whose affiliate it is stays with the province: institutions compete with each other.
            throw existing.getInstitution().getId().equals(institution.getId())
                    ? new BusinessRuleException("affiliate.creditCode.listed", code, existing.getName())
                    : new BusinessRuleException("affiliate.creditCode.taken", code);
        });
        affiliate.addedTo(institution, actor.name(), clock.now());
        affiliates.add(affiliate);
        UniqueConstraint.flush(affiliates::flush, () -> new BusinessRuleException("affiliate.creditCode.taken", code));
        audit.changed("institution.affiliate.add", affiliate, null);
        return affiliate;
    }

    @Override
    public void remove(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "institution.affiliate.remove", Role.INSTITUTION);
        Long own = ownInstitution(actor, "institution.affiliate.remove");
        InstitutionAffiliate affiliate = affiliates.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (!affiliate.getInstitution().getId().equals(own)) {
            access.deny(actor, "institution.affiliate.remove", TYPE, id);
        }
        // The entry keeps what was removed: its state before, and the same as "after" (there is no after).
        audit.changed("institution.affiliate.remove", affiliate, affiliate.auditState());
        affiliates.remove(affiliate);
    }

    @Override
    public Set<String> groupCreditCodes(long institutionOrganisationId) {
        Organisation institution = institution(institutionOrganisationId);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(institution.getCreditCode());
        affiliates.ofInstitution(institution.getId()).forEach(a -> codes.add(a.getCreditCode()));
        return codes;
    }

    private Long ownInstitution(Actor actor, String action) {
        if (actor.organisationId() == null) {
            access.deny(actor, action, "Organisation", null);
        }
        return actor.organisationId();
    }

    /** A registered third-party institution; any other organisation has no affiliates to keep. */
    private Organisation institution(long id) {
        return organisations.find(id)
                .filter(o -> o.getType() == OrganisationType.INSTITUTION)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", id));
    }
}
