package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.notice.NoticeForm;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeRepository;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultBatchService implements BatchService {

    static final String TYPE = "Batch";

    @Inject
    BatchRepository batches;

    @Inject
    CitySubmissionRepository submissions;

    @Inject
    ApplicationRepository applications;

    @Inject
    NoticeRepository noticeRepository;

    @Inject
    NoticeService notices;

    @Inject
    RegionRepository regions;

    @Inject
    DeadlineService deadlines;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Batch open(BatchForm form) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "batch.open", Role.PROVINCE_CLERK, Role.ADMIN);
        validation.require(form);
        checkDates(form, true);
        Map<String, Integer> quotas = checkedQuotas(form);
        if (batches.all().stream().anyMatch(b -> b.getTitle().equals(form.title().strip()))) {
            throw InputValidation.violation("title", "batch.title.taken");
        }
        Batch batch = new Batch(form.year(), form.level(), form.title().strip(), form.unitTypes(),
                new Batch.Deadlines(form.submissionDeadline(), form.cityListDeadline(), form.reminderDays()),
                new Batch.Caps(form.provincialCap(), form.nationalCap()), quotas, clock.now(), actor.name());
        batch.callWith(form.callNoticeId() != null ? existingCall(form.callNoticeId()) : draftCall(batch));
        batches.add(batch);
        for (Region city : cities()) {
            submissions.add(new CitySubmission(batch, city));
        }
        audit.changed("batch.open", batch, null);
        scheduleDeadlines(batch);
        return batch;
    }

    @Override
    public Batch update(long id, long expectedVersion, BatchForm form) {
        access.requireRole(currentActor.get(), "batch.update", Role.PROVINCE_CLERK, Role.ADMIN);
        Batch batch = get(id);
        Versions.require(batch.getVersion(), expectedVersion, batch.getTitle());
        validation.require(form);
        checkDates(form, false);
        Map<String, Integer> quotas = checkedQuotas(form);
        Map<String, Long> used = applications.nominatedPerCity(batch);
        for (Map.Entry<String, Long> use : used.entrySet()) {
            if (quotas.getOrDefault(use.getKey(), 0) < use.getValue()) {
                throw new BusinessRuleException("batch.quota.belowUse", regionName(use.getKey()), use.getValue());
            }
        }
        Map<String, Object> before = batch.auditState();
        batch.apply(new Batch.Deadlines(form.submissionDeadline(), form.cityListDeadline(), form.reminderDays()),
                new Batch.Caps(form.provincialCap(), form.nationalCap()));
        batch.replaceQuotas(quotas);
        audit.changed("batch.update", batch, before);
        for (Deadline deadline : deadlines.ofSubject(TYPE, batch.getId())) {
            if (deadline.getDoneAt() == null) {
                deadlines.reschedule(deadline, dueAt(batch, deadline.getKind()));
            }
        }
        return batch;
    }

    private void scheduleDeadlines(Batch batch) {
        for (String kind : BatchDeadlines.KINDS) {
            deadlines.schedule(kind, TYPE, batch.getId(), dueAt(batch, kind));
        }
    }

    static Instant dueAt(Batch batch, String kind) {
        return switch (kind) {
            case BatchDeadlines.SUBMISSION_REMINDER -> batch.reminderAt(batch.getSubmissionDeadline());
            case BatchDeadlines.SUBMISSION_LOCK -> batch.submissionClosesAt();
            case BatchDeadlines.CITY_LIST_REMINDER -> batch.reminderAt(batch.getCityListDeadline());
            case BatchDeadlines.CITY_LIST_DUE -> batch.cityListClosesAt();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void checkDates(BatchForm form, boolean opening) {
        if (opening && form.submissionDeadline().isBefore(clock.today())) {
            throw InputValidation.violation("submissionDeadline", "batch.submissionDeadline.past");
        }
        if (form.cityListDeadline().isBefore(form.submissionDeadline())) {
            throw InputValidation.violation("cityListDeadline", "batch.cityListDeadline.beforeSubmission");
        }
    }

    private Map<String, Integer> checkedQuotas(BatchForm form) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        List<String> cityCodes = cities().stream().map(Region::getCode).toList();
        for (Map.Entry<String, Integer> quota : form.quotas().entrySet()) {
            if (!cityCodes.contains(quota.getKey())) {
                throw InputValidation.violation("quotas", "batch.quotas.unknownCity");
            }
            if (quota.getValue() == null || quota.getValue() < 0 || quota.getValue() > 10_000) {
                throw InputValidation.violation("quotas", "batch.quotas.range");
            }
            quotas.put(quota.getKey(), quota.getValue());
        }
        return quotas;
    }

    private Notice existingCall(long noticeId) {
        return noticeRepository.find(noticeId)
                .orElseThrow(() -> InputValidation.violation("callNoticeId", "batch.callNotice.unknown"));
    }

    /** The call as a draft notice (a 便函, as seed 003): the clerk reads it, changes what she wants and issues it. */
    private Notice draftCall(Batch batch) {
        List<Region> cities = cities();
        Notice notice = notices.create(new NoticeForm(NoticeKind.LETTER, CallNotices.title(batch),
                CallNotices.recipients(), String.join("\n", CallNotices.body(batch)), List.of(), null,
                clock.today()));
        StringBuilder table = new StringBuilder(String.join("\t", CallNotices.WORDING.list("quota.columns")))
                .append('\n');
        for (Region city : cities) {
            table.append(city.getName()).append('\t').append(batch.quotaOf(city.getCode())).append('\n');
        }
        table.append(CallNotices.WORDING.text("quota.total")).append('\t').append(batch.totalQuota()).append('\n');
        notices.addTableAnnex(notice.getId(), NoticeService.AnnexTableSource.PASTED, CallNotices.quotaTitle(batch),
                table.toString());
        return notices.addTableAnnex(notice.getId(), NoticeService.AnnexTableSource.NOMINATION_SUMMARY, null, null);
    }

    @Override
    public Batch get(long id) {
        return batches.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }

    @Override
    public List<Batch> all() {
        return batches.all();
    }

    @Override
    public List<Batch> ofYear(int year) {
        return batches.ofYear(year);
    }

    @Override
    public List<Batch> open() {
        Instant now = clock.now();
        return batches.all().stream().filter(b -> b.isOpenAt(now)).toList();
    }

    @Override
    public Map<String, Integer> quotasOf(long batchId) {
        return get(batchId).getQuotas();
    }

    @Override
    public List<QuotaUse> quotaUse(long batchId) {
        Batch batch = get(batchId);
        Map<String, Long> used = applications.nominatedPerCity(batch);
        List<QuotaUse> lines = new ArrayList<>();
        for (Region city : cities()) {
            Optional<CitySubmission> submission = submissions.find(batch, city.getCode());
            lines.add(new QuotaUse(city.getCode(), city.getName(), batch.quotaOf(city.getCode()),
                    used.getOrDefault(city.getCode(), 0L),
                    submission.map(CitySubmission::getStatus).orElse(null),
                    submission.map(CitySubmission::getSubmittedAt).orElse(null),
                    submission.map(CitySubmission::getLetterNumber).orElse(null),
                    submission.map(CitySubmission::getId).orElse(null),
                    submission.map(s -> s.getLetter() != null).orElse(false)));
        }
        return lines;
    }

    private List<Region> cities() {
        return regions.findByLevel(RegionLevel.CITY);
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::getName).orElse(code);
    }
}
