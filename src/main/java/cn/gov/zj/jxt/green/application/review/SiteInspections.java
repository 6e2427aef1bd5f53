package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.review.ReviewService.Standing;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.InspectionSample;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 现场核查: the sample of a batch's scored subjects drawn for inspection on site, the flagged ones always in it, and
 * the results as the inspectors report them. Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class SiteInspections {

    private static final int MAX_FINDINGS = 4000;

    /** Seeds must be unpredictable, so that no one can choose a seed that gives the sample he wants. */
    private static final SecureRandom SEEDS = new SecureRandom();

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

    public DrawRecord drawInspections(long batchId, Integer count, Integer sharePercent) {
        on.requireClerk("review.draw.inspection");
        Batch batch = on.batch(batchId);
        if (count == null && sharePercent == null) {
            throw InputValidation.violation("sharePercent", "review.sample.required");
        }
        if (count != null && count < 0 || sharePercent != null && (sharePercent < 0 || sharePercent > 100)) {
            throw InputValidation.violation(count != null ? "count" : "sharePercent", "review.sample.range");
        }
        if (!reviews.inspections(batchId).isEmpty()) {
            throw new BusinessRuleException("review.sample.alreadyDrawn");
        }
        List<InspectionSample.Candidate> candidates = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Standing> byId = new HashMap<>();
        for (Standing s : on.subjects(batchId)) {
            if (s.preliminary() != null && s.preliminary().passed() && s.scoresIn() > 0) {
                long id = s.application().getId();
                candidates.add(new InspectionSample.Candidate(id, s.flagged()));
                labels.put(id, s.application().getOrganisation().getName());
                byId.put(id, s);
            }
        }
        if (candidates.isEmpty()) {
            throw new BusinessRuleException("review.sample.noCandidates");
        }
        candidates.sort(java.util.Comparator.comparingLong(InspectionSample.Candidate::id));
        DrawRecord draw = DrawRecord.drawSample(batch, SEEDS.nextLong(), count, sharePercent, candidates, labels,
                currentActor.get().name(), clock.now());
        reviews.add(draw);
        audit.changed("review.draw.inspection", draw, null);
        for (Long id : draw.getChosen()) {
            Standing s = byId.get(id);
            Inspection inspection = new Inspection(s.application(), draw, s.flagged());
            reviews.add(inspection);
            audit.changed("review.inspection.sampled", inspection, null);
        }
        return draw;
    }

    public List<Inspection> inspections(long batchId) {
        on.requireReader("review.inspections.read");
        on.batch(batchId);
        return reviews.inspections(batchId);
    }

    public Inspection recordInspection(long inspectionId, InspectionResult result, String findings) {
        on.requireClerk("review.inspection.record");
        Inspection inspection = reviews.inspection(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("Inspection", inspectionId));
        if (result == null) {
            throw InputValidation.violation("result", "review.inspection.result.required");
        }
        String cleanFindings = InputValidation.optionalText(findings, MAX_FINDINGS, "findings", "review.inspection.findings.size");
        if (result == InspectionResult.PROBLEMS_FOUND && cleanFindings == null) {
            throw InputValidation.violation("findings", "review.inspection.findings.required");
        }
        var before = inspection.auditState();
        inspection.record(result, cleanFindings, currentActor.get().name(), clock.now());
        audit.changed("review.inspection.record", inspection, before);
        return inspection;
    }
}
