package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.review.ReviewService.Verification;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.DrawKind;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.PanelDraw;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panels: drawn at random from the pool with the conflicts of interest excluded, a replacement drawn when an
 * expert declines, and every draw recorded so that it can be replayed. Runs inside the calling service's
 * transaction.
 */
@ApplicationScoped
public class PanelDraws {

    private static final int MAX_PANEL = 15;
    private static final int MAX_NOTE = 1000;

    /** Seeds must be unpredictable, so that no one can choose a seed that gives the panel he wants. */
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ReviewSubjects on;

    @Inject
    ReviewRepository reviews;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    WorkflowNotifications workflow;

    @Inject
    PortalClock clock;

    public DrawRecord drawPanel(long applicationId, Integer size, boolean excludeSameCity) {
        on.requireClerk("review.draw.panel");
        int wanted = size == null ? ReviewService.DEFAULT_PANEL_SIZE : size;
        if (wanted < 1 || wanted > MAX_PANEL) {
            throw InputValidation.violation("size", "review.draw.size.range");
        }
        Application application = reviews.lock(on.subject(applicationId));
        PreliminaryReview preliminary = reviews.preliminary(application).orElse(null);
        if (preliminary == null || !preliminary.passed()) {
            throw new BusinessRuleException("review.draw.notPassed");
        }
        if (!reviews.assignments(application).isEmpty()) {
            throw new BusinessRuleException("review.draw.alreadyDrawn");
        }
        return drawAndSeat(DrawKind.PANEL, application, wanted, excludeSameCity, Set.of());
    }

    private DrawRecord drawAndSeat(DrawKind kind, Application application, int wanted, boolean excludeSameCity,
            Set<Long> prior) {
        List<Expert> pool = reviews.experts(true);
        Map<Long, Expert> byId = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (Expert expert : pool) {
            byId.put(expert.getId(), expert);
            labels.put(expert.getId(), expert.getName() + "（" + expert.getEmployerName() + "）");
        }
        // Canonical order: ascending expert id, as the pool stands now.
        List<PanelDraw.Candidate> candidates = pool.stream().map(Expert::candidate)
                .sorted(java.util.Comparator.comparingLong(PanelDraw.Candidate::id)).toList();
        DrawRecord draw = DrawRecord.drawPanel(kind, application.getBatch(), application, SEEDS.nextLong(), wanted,
                excludeSameCity, subjectOf(application), candidates, labels, prior, currentActor.get().name(),
                clock.now());
        if (draw.getChosen().size() < wanted) {
            throw new BusinessRuleException("review.draw.poolTooSmall", wanted, draw.getChosen().size());
        }
        reviews.add(draw);
        audit.changed("review.draw." + kind.name().toLowerCase(java.util.Locale.ROOT), draw, null);
        for (Long expertId : draw.getChosen()) {
            Assignment seat = new Assignment(application, byId.get(expertId), draw);
            reviews.add(seat);
            audit.changed("review.assignment.seat", seat, null);
            workflow.expertAssigned(seat);
        }
        return draw;
    }

    private static PanelDraw.Subject subjectOf(Application application) {
        Organisation institution = application.getInstitution();
        return new PanelDraw.Subject(application.getOrganisation().getCreditCode(),
                institution == null ? null : institution.getId(),
                institution == null ? null : institution.getCreditCode(), application.getCity().getCode());
    }

    public List<Assignment> panel(long applicationId) {
        on.requireReader("review.panel.read");
        return reviews.assignments(on.subject(applicationId));
    }

    public DrawRecord decline(long assignmentId, String reason) {
        Actor actor = currentActor.get();
        Assignment seat = reviews.assignment(assignmentId)
                .orElseThrow(() -> new RecordNotFoundException("Assignment", assignmentId));
        boolean ownSeat = actor.is(Role.EXPERT) && seat.getExpert().getAccount() != null
                && seat.getExpert().getAccount().getId().equals(actor.accountId());
        if (!ownSeat) {
            access.requireRole(actor, "review.assignment.decline", Role.PROVINCE_CLERK);
        }
        String cleanReason = InputValidation.optionalText(reason, MAX_NOTE, "reason", "review.decline.reason.size");
        if (cleanReason == null) {
            throw InputValidation.violation("reason", "review.decline.reason.required");
        }
        Application application = reviews.lock(seat.getApplication());
        if (!seat.active()) {
            throw new BusinessRuleException("review.decline.notActive");
        }
        if (reviews.score(seat).isPresent()) {
            throw new BusinessRuleException("review.decline.scored");
        }
        var before = seat.auditState();
        seat.decline(cleanReason, actor.name(), clock.now());
        audit.changed("review.assignment.decline", seat, before);
        // Everyone who ever sat on this panel, declined or not, is out of the replacement draw.
        Set<Long> prior = new HashSet<>();
        reviews.assignments(application).forEach(a -> prior.add(a.getExpert().getId()));
        return drawAndSeat(DrawKind.REPLACEMENT, application, 1, seat.getDraw().isExcludeSameCity(), prior);
    }

    public List<DrawRecord> draws() {
        on.requireReader("review.draws.read");
        return reviews.draws();
    }

    public DrawRecord draw(long drawId) {
        on.requireReader("review.draws.read");
        return reviews.draw(drawId).orElseThrow(() -> new RecordNotFoundException("DrawRecord", drawId));
    }

    public Verification verify(long drawId) {
        DrawRecord draw = draw(drawId);
        PanelDraw.Outcome again = draw.replay();
        return new Verification(drawId, draw.reproduces(), draw.getChosen(), again.chosen(),
                draw.recordedExclusions(), again.exclusions());
    }
}
