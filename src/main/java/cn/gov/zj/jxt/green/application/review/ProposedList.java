package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 拟入选名单 (004 §(十六)): the clerk includes a proposable subject or excludes one with a reason; the included ones
 * are the list that goes to publicity. Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class ProposedList {

    private static final int MAX_NOTE = 1000;

    @Inject
    ReviewSubjects on;

    @Inject
    ReviewRepository reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    public Proposal propose(long applicationId, boolean include, String reason) {
        on.requireClerk("review.proposal.decide");
        Application application = reviews.lock(on.subject(applicationId));
        String cleanReason = InputValidation.optionalText(reason, MAX_NOTE, "reason", "review.proposal.reason.size");
        if (include && !on.standingOf(application).proposable()) {
            throw new BusinessRuleException("review.proposal.notProposable");
        }
        if (!include && cleanReason == null) {
            throw InputValidation.violation("reason", "review.proposal.reason.required");
        }
        Proposal proposal = reviews.proposal(application).orElse(null);
        var before = proposal == null ? null : proposal.auditState();
        if (proposal == null) {
            proposal = new Proposal(application);
            proposal.decide(include, cleanReason, currentActor.get().name(), clock.now());
            reviews.add(proposal);
        } else {
            proposal.decide(include, cleanReason, currentActor.get().name(), clock.now());
        }
        audit.changed("review.proposal.decide", proposal, before);
        return proposal;
    }

    public List<Proposal> proposedList(long batchId) {
        on.requireReader("review.proposal.read");
        on.batch(batchId);
        return reviews.proposals(batchId).stream().filter(Proposal::isIncluded).toList();
    }
}
