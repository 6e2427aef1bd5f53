package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.park.CircularTransformationSummary;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import cn.gov.zj.jxt.green.domain.model.park.TransformationSummary;
import cn.gov.zj.jxt.green.domain.model.park.TransformationSummaryRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Stateless
public class DefaultTransformationSummaryService implements TransformationSummaryService {

    static final String TYPE = "TransformationSummary";

    @Inject
    TransformationSummaryRepository summaries;

    @Inject
    ProgressReportRepository reports;

    @Inject
    DocumentService documents;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public List<SummaryView> issued() {
        reader("summary.read");
        return summaries.all().stream().map(DefaultTransformationSummaryService::view).toList();
    }

    @Override
    public List<YearView> years() {
        reader("summary.read");
        LocalDate today = clock.today();
        List<ProgressReport> all = reports.list(null, null);
        List<YearView> years = new ArrayList<>();
        for (int year = today.getYear() - 1; year >= CircularTransformationSummary.PERIOD_FIRST; year--) {
            int y = year;
            List<ProgressReport> ofYear = all.stream().filter(r -> r.getYear() == y).toList();
            years.add(new YearView(year, ofYear.size(), (int) ofYear.stream().filter(ProgressReport::isFiled).count(),
                    summaries.find(SummaryKind.YEARLY, year).isPresent()));
        }
        return years;
    }

    @Override
    public SummaryView issue(SummaryKind kind, Integer year) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "summary.issue", Role.PROVINCE_CLERK, Role.ADMIN);
        if (kind == null) {
            throw InputValidation.violation("kind", "summary.kind.required");
        }
        int period = kind == SummaryKind.FINAL ? CircularTransformationSummary.PERIOD_LAST : year == null ? 0 : year;
        LocalDate today = clock.today();
        if (kind == SummaryKind.YEARLY && year == null) {
            throw InputValidation.violation("year", "summary.year.required");
        }
        if (!CircularTransformationSummary.periodEnded(kind, period, today)) {
            throw kind == SummaryKind.FINAL ? new BusinessRuleException("summary.final.notEnded")
                    : InputValidation.violation("year", "summary.year.range");
        }
        summaries.find(kind, period).ifPresent(s -> {
            throw new BusinessRuleException("summary.issued", String.valueOf(period), s.getDocument().getNumber());
        });
        List<ProgressReport> all = reports.list(null, kind == SummaryKind.YEARLY ? period : null).stream()
                .filter(r -> r.getYear() >= CircularTransformationSummary.PERIOD_FIRST && r.getYear() <= period)
                .filter(r -> kind == SummaryKind.FINAL || r.getYear() == period).toList();
        List<ProgressReport> filed = all.stream().filter(ProgressReport::isFiled).toList();
        if (filed.isEmpty()) {
            throw new BusinessRuleException(kind == SummaryKind.FINAL ? "summary.final.noneFiled"
                    : "summary.noneFiled", String.valueOf(period));
        }
        Instant now = clock.now();
        DocumentContent content = kind == SummaryKind.FINAL ? CircularTransformationSummary.fiveYear(all, now, today)
                : CircularTransformationSummary.yearly(period, all, now, today);
        IssuedDocument document = documents.issue(content, Issuer.GREEN, null);
        int parks = (int) all.stream().map(r -> r.getPlan().getId()).distinct().count();
        TransformationSummary summary = new TransformationSummary(kind, period, document, parks, filed.size(), now,
                actor.name());
        summaries.add(summary);
        // Two clerks issuing the same report at once: the unique key (kind, year) refuses the second.
        UniqueConstraint.flush(summaries::flush,
                () -> new BusinessRuleException("summary.issued", String.valueOf(period), ""));
        audit.changed(kind == SummaryKind.FINAL ? "summary.final.issue" : "summary.yearly.issue", summary, null);
        return view(summary);
    }

    @Override
    public FileDownload file(long id, RenditionType type) {
        reader("summary.file");
        TransformationSummary summary = summaries.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        return documents.file(summary.getDocument(), type);
    }

    private void reader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
    }

    private static SummaryView view(TransformationSummary s) {
        IssuedDocument document = s.getDocument();
        return new SummaryView(s.getId(), s.getKind(), s.getYear(), document.getNumber(), document.getTitle(),
                s.getParks(), s.getFiled(), s.getIssuedAt(), s.getIssuedBy());
    }
}
