package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import cn.gov.zj.jxt.green.application.nomination.BatchService.QuotaUse;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the nomination API answers with; built from entities with only the fields a client needs. */
public final class NominationViews {

    private NominationViews() {
    }

    public record BatchView(long id, long version, int year, String level, String title, List<String> unitTypes,
            LocalDate submissionDeadline, LocalDate cityListDeadline, int reminderDays, int provincialCap,
            int nationalCap, Map<String, Integer> quotas, int totalQuota, Long callNoticeId, Instant lockedAt) {

        public static BatchView of(Batch b) {
            return new BatchView(b.getId(), b.getVersion(), b.getYear(), b.getLevel().name(), b.getTitle(),
                    b.getUnitTypes().stream().map(Enum::name).toList(), b.getSubmissionDeadline(),
                    b.getCityListDeadline(), b.getReminderDays(), b.getProvincialCap(), b.getNationalCap(),
                    b.getQuotas(), b.totalQuota(), b.getCallNotice() == null ? null : b.getCallNotice().getId(),
                    b.getLockedAt());
        }
    }

    public record QuotaView(String cityCode, String city, int quota, long nominated, String status, Instant submittedAt) {

        public static QuotaView of(QuotaUse q) {
            return new QuotaView(q.cityCode(), q.cityName(), q.quota(), q.nominated(),
                    q.status() == null ? null : q.status().name(), q.submittedAt());
        }
    }

    public record ReviewView(String stage, String decision, String comment, String by, Instant at) {
    }

    public record IndicatorView(String kind, BigDecimal value, BigDecimal benchmark, boolean leading) {

        public static IndicatorView of(Indicators.Reading r) {
            return new IndicatorView(r.kind().name(), r.value(), r.benchmark(), r.leading());
        }
    }

    public record ApplicationView(long id, long version, long batchId, String batch, String organisation, String creditCode,
            String unitType, String region, String city, String productionRegion, String industry, String route,
            Long institutionId, String institution, String status, String stage, String reportName,
            String reportSha256, List<IndicatorView> indicators, Boolean legalBoundary, Boolean unifiedManagement,
            BigDecimal industrialShare, Boolean cultivationPlan, Instant submittedAt, Instant nominatedAt,
            List<ReviewView> reviews) {

        public static ApplicationView of(Application a) {
            return new ApplicationView(a.getId(), a.getVersion(), a.getBatch().getId(), a.getBatch().getTitle(),
                    a.getOrganisation().getName(), a.getOrganisation().getCreditCode(), a.getUnitType().name(),
                    a.getRegion().getCode(), a.getCity().getCode(),
                    a.getProductionRegion() == null ? null : a.getProductionRegion().getCode(), a.getIndustry(),
                    a.getRoute().name(), a.getInstitution() == null ? null : a.getInstitution().getId(),
                    a.getInstitution() == null ? null : a.getInstitution().getName(), a.getStatus().name(),
                    a.currentStage() == null ? null : a.currentStage().name(), a.getReportName(),
                    a.getReportSha256(), a.getIndicators().readings().stream().map(IndicatorView::of).toList(),
                    a.getParkFacts().getLegalBoundary(), a.getParkFacts().getUnifiedManagement(),
                    a.getParkFacts().getIndustrialShare(), a.getParkFacts().getCultivationPlan(), a.getSubmittedAt(),
                    a.getNominatedAt(), a.getReviews().stream().map(r -> new ReviewView(r.getStage().name(),
                            r.getDecision().name(), r.getComment(), r.getDecidedBy(), r.getDecidedAt())).toList());
        }
    }

    public record RuleView(String rule, String clause, String verdict, boolean barsApplication, String messageKey,
            List<String> arguments) {

        public static RuleView of(RuleOutcome o) {
            return new RuleView(o.rule().name(), o.rule().clause(), o.verdict().name(), o.rule().barsApplication(),
                    o.messageKey(), o.arguments().stream().map(String::valueOf).toList());
        }
    }

    public record EngagementView(long id, long version, long applicationId, String applicant, String batch,
            String institution, String groupCode, String legalRepresentative, String status, Instant requestedAt,
            Instant decidedAt, Long undertakingId, String signatureStatus, String signedSha256, String signerSubject,
            String signerFingerprint, Instant signingTime) {

        public static EngagementView of(Engagement e) {
            return new EngagementView(e.getId(), e.getVersion(), e.getApplication().getId(),
                    e.getApplication().getOrganisation().getName(), e.getApplication().getBatch().getTitle(),
                    e.getInstitution().getName(), e.getGroupCode(), e.getLegalRepresentative(), e.getStatus().name(),
                    e.getRequestedAt(), e.getDecidedAt(), e.getUndertaking() == null ? null : e.getUndertaking().getId(),
                    e.getSignatureStatus() == null ? null : e.getSignatureStatus().name(), e.getSignedSha256(),
                    e.getSignerSubject(), e.getSignerFingerprint(), e.getSigningTime());
        }
    }

    public record EventView(String event, String detail, String by, Instant at) {

        public static EventView of(SubmissionEvent e) {
            return new EventView(e.getEvent().name(), e.getDetail(), e.getActedBy(), e.getActedAt());
        }
    }

    public record SubmissionView(long id, long version, long batchId, String city, String cityName, String status,
            Long letterId, String letterNumber, String letterPdfSha256, Instant submittedAt, String returnReason,
            LocalDate correctionDue, Instant cityListReportedAt, int quota, List<EventView> events) {

        public static SubmissionView of(CitySubmission s) {
            return new SubmissionView(s.getId(), s.getVersion(), s.getBatch().getId(), s.getCity().getCode(),
                    s.getCity().getName(), s.getStatus().name(), s.getLetter() == null ? null : s.getLetter().getId(),
                    s.getLetterNumber(), s.getLetter() == null ? null : s.getLetter().getPdfSha256(),
                    s.getSubmittedAt(), s.getReturnReason(), s.getCorrectionDue(), s.getCityListReportedAt(),
                    s.getBatch().quotaOf(s.getCity().getCode()), s.getEvents().stream().map(EventView::of).toList());
        }
    }
}
