package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.nomination.EligibilityCheck;
import cn.gov.zj.jxt.green.application.review.ReviewService.Finding;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 初审 (004 §(十五)): the checklist made from the eligibility rules and the indicators, the clerk's findings item by
 * item, and the decision. Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class PreliminaryReviews {

    private static final int MAX_REASON = 2000;
    private static final int MAX_NOTE = 1000;

    @Inject
    ReviewSubjects on;

    @Inject
    ReviewRepository reviews;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    public PreliminaryReview openPreliminary(long applicationId) {
        on.requireClerk("review.preliminary.open");
        Application application = reviews.lock(on.subject(applicationId));
        PreliminaryReview existing = reviews.preliminary(application).orElse(null);
        if (existing != null) {
            return existing;
        }
        PreliminaryReview review = new PreliminaryReview(application, checklist(application), clock.now());
        reviews.add(review);
        audit.changed("review.preliminary.open", review, null);
        return review;
    }

    /** 004 §(十五): 基础合规性 (every eligibility rule as it stands today) and 指标体系 (every indicator vs benchmark). */
    private List<CheckItem> checklist(Application application) {
        List<CheckItem> items = new ArrayList<>();
        for (RuleOutcome outcome : eligibility.evaluate(application)) {
            items.add(new CheckItem("RULE:" + outcome.rule().name(), outcome.rule().clause(),
                    outcome.verdict().name(), outcome.arguments().stream().map(String::valueOf)
                            .collect(Collectors.joining("；"))));
        }
        for (Indicators.Reading reading : application.getIndicators().readings()) {
            String verdict = !reading.complete() ? "INCOMPLETE" : reading.leading() ? "LEADING" : "LAGGING";
            items.add(new CheckItem("INDICATOR:" + reading.kind().name(), "003 §一(二)", verdict,
                    plain(reading.value()) + " / " + plain(reading.benchmark())));
        }
        return items;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public PreliminaryReview preliminary(long applicationId) {
        on.requireReader("review.preliminary.read");
        return reviews.preliminary(on.subject(applicationId))
                .orElseThrow(() -> new RecordNotFoundException("PreliminaryReview", applicationId));
    }

    public PreliminaryReview check(long applicationId, String itemCode, CheckFinding finding, String note) {
        on.requireClerk("review.preliminary.check");
        PreliminaryReview review = openReview(applicationId);
        if (finding == null) {
            throw InputValidation.violation("finding", "review.check.finding.required");
        }
        String cleanNote = InputValidation.optionalText(note, MAX_NOTE, "note", "review.check.note.size");
        if (finding == CheckFinding.NOT_OK && cleanNote == null) {
            throw InputValidation.violation("note", "review.check.note.required");
        }
        if (review.getItems().stream().noneMatch(i -> i.getCode().equals(itemCode))) {
            throw new RecordNotFoundException("CheckItem", itemCode);
        }
        var before = review.auditState();
        review.check(itemCode, finding, cleanNote);
        audit.changed("review.preliminary.check", review, before);
        return review;
    }

    public PreliminaryReview checkAll(long applicationId, List<Finding> findings) {
        on.requireClerk("review.preliminary.check");
        PreliminaryReview review = openReview(applicationId);
        Map<String, Finding> byCode = new HashMap<>();
        for (Finding given : findings == null ? List.<Finding>of() : findings) {
            byCode.put(given.code(), given);
        }
        List<CheckItem> items = review.getItems();
        for (String code : byCode.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                throw new RecordNotFoundException("CheckItem", code);
            }
        }
        List<InvalidInputException.Violation> wanting = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Finding given = byCode.get(items.get(i).getCode());
            CheckFinding finding = given == null ? null : given.finding();
            String note = InputValidation.blankToNull(given == null ? null : given.note());
            if (finding == null) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].finding",
                        "review.check.finding.required"));
            }
            if (note != null && note.length() > MAX_NOTE) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].note", "review.check.note.size"));
            } else if (finding == CheckFinding.NOT_OK && note == null) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].note", "review.check.note.required"));
            }
            notes.put(items.get(i).getCode(), note);
        }
        if (!wanting.isEmpty()) {
            throw new InvalidInputException(wanting);
        }
        var before = review.auditState();
        for (CheckItem item : items) {
            review.check(item.getCode(), byCode.get(item.getCode()).finding(), notes.get(item.getCode()));
        }
        audit.changed("review.preliminary.check", review, before);
        return review;
    }

    public PreliminaryReview decide(long applicationId, PreliminaryOutcome outcome, String reasons) {
        on.requireClerk("review.preliminary.decide");
        PreliminaryReview review = openReview(applicationId);
        if (outcome == null) {
            throw InputValidation.violation("outcome", "review.outcome.required");
        }
        String cleanReasons = InputValidation.optionalText(reasons, MAX_REASON, "reasons", "review.reasons.size");
        if (outcome == PreliminaryOutcome.PASS && !review.complete()) {
            throw new BusinessRuleException("review.preliminary.incomplete");
        }
        if (outcome != PreliminaryOutcome.PASS && cleanReasons == null) {
            throw InputValidation.violation("reasons", "review.reasons.required");
        }
        var before = review.auditState();
        review.decide(outcome, cleanReasons, currentActor.get().name(), clock.now());
        audit.changed("review.preliminary.decide", review, before);
        return review;
    }

    private PreliminaryReview openReview(long applicationId) {
        Application application = reviews.lock(on.subject(applicationId));
        PreliminaryReview review = reviews.preliminary(application)
                .orElseThrow(() -> new BusinessRuleException("review.preliminary.notOpened"));
        if (review.decided()) {
            throw new BusinessRuleException("review.preliminary.decided");
        }
        return review;
    }
}
