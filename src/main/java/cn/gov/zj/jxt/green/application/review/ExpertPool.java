package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.ExpertTie;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The expert pool: the experts, their accounts, and their ties to institutions and organisations that keep them off a
 * panel. Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class ExpertPool {

    @Inject
    ReviewSubjects on;

    @Inject
    ReviewRepository reviews;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    public List<Expert> experts() {
        on.requireReader("review.experts.read");
        return reviews.experts(false);
    }

    public Expert expert(long id) {
        on.requireReader("review.experts.read");
        return reviews.expert(id).orElseThrow(() -> new RecordNotFoundException("Expert", id));
    }

    public Expert addExpert(ExpertForm form) {
        on.requireClerk("review.experts.add");
        requireValid(form);
        Resolved r = resolve(form, null);
        Expert expert = new Expert(form.name().strip(), form.specialty().strip(), form.employerName().strip(),
                InputValidation.blankToNull(form.employerCode()), r.city(), r.account(), r.ties());
        reviews.add(expert);
        audit.changed("review.experts.add", expert, null);
        return expert;
    }

    public Expert changeExpert(long id, long version, ExpertForm form) {
        on.requireClerk("review.experts.change");
        Expert expert = reviews.expert(id).orElseThrow(() -> new RecordNotFoundException("Expert", id));
        Versions.require(expert.getVersion(), version, expert.getName());
        requireValid(form);
        Resolved r = resolve(form, expert);
        var before = expert.auditState();
        expert.change(form.name().strip(), form.specialty().strip(), form.employerName().strip(),
                InputValidation.blankToNull(form.employerCode()), r.city(), r.account(), r.ties(), form.active());
        audit.changed("review.experts.change", expert, before);
        return expert;
    }

    /** The form's own constraints (a name, a specialty, an employer, a city), named field by field. */
    private void requireValid(ExpertForm form) {
        if (form == null) {
            throw InputValidation.violation("name", "review.expert.name.required");
        }
        validation.require(form);
    }

    private record Resolved(Region city, Account account, List<ExpertTie> ties) {
    }

    private Resolved resolve(ExpertForm form, Expert current) {
        Region city = regions.find(form.cityCode()).filter(r -> r.getLevel() == RegionLevel.CITY)
                .orElseThrow(() -> InputValidation.violation("cityCode", "review.expert.city.invalid"));
        Account account = null;
        if (form.account() != null && !form.account().isBlank()) {
            account = accounts.findByUsername(form.account().strip()).filter(a -> a.getRole() == Role.EXPERT)
                    .orElseThrow(() -> InputValidation.violation("account", "review.expert.account.invalid"));
            Long accountId = account.getId();
            reviews.expertOfAccount(accountId).filter(e -> current == null || !e.getId().equals(current.getId()))
                    .ifPresent(e -> {
                        throw InputValidation.violation("account", "review.expert.account.taken");
                    });
        }
        List<ExpertTie> ties = new ArrayList<>();
        for (ExpertForm.Tie tie : form.ties()) {
            switch (tie.kind()) {
                case INSTITUTION -> {
                    Organisation institution = tie.institutionId() == null ? null
                            : organisations.find(tie.institutionId())
                                    .filter(o -> o.getType() == OrganisationType.INSTITUTION).orElse(null);
                    if (institution == null) {
                        throw InputValidation.violation("ties", "review.expert.tie.institution.invalid");
                    }
                    ties.add(ExpertTie.institution(institution.getId(), tie.nature().strip()));
                }
                case ORGANISATION -> {
                    if (tie.creditCode() == null || tie.creditCode().isBlank()) {
                        throw InputValidation.violation("ties", "review.expert.tie.code.required");
                    }
                    ties.add(ExpertTie.organisation(tie.creditCode().strip(), tie.nature().strip()));
                }
                default -> throw new IllegalStateException(tie.kind().name());
            }
        }
        return new Resolved(city, account, ties);
    }
}
