package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.ParkReport;
import cn.gov.zj.jxt.green.domain.model.park.ParkReportRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultParkReportService implements ParkReportService {

    static final String TYPE = "ParkReport";

    @Inject
    ParkReportRepository reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ListingRepository listings;

    @Inject
    UploadInspection inspector;

    @Inject
    FileStore fileStore;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Inject
    ParkReportReminders reminders;

    @Override
    public Published upload(int year, String fileName, InputStream content) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "parkReport.upload", Role.APPLICANT);
        Organisation park = ownPark(actor);
        Instant now = clock.now();
        if (!ParkReport.yearAllowed(year, now)) {
            throw InputValidation.violation("year", "parkReport.year.range");
        }
        if (content == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.evaluationReport());
        StoredFile stored = fileStore.put(upload.content());
        Optional<ParkReport> existing = reports.find(park.getId(), year);
        if (existing.isPresent()) {
            ParkReport report = existing.get();
            Map<String, Object> before = report.auditState();
            report.replace(upload.fileName(), stored.sha256(), stored.size(), now, actor.name());
            audit.changed("parkReport.replace", report, before);
            return Published.of(report);
        }
        ParkReport report = new ParkReport(park, year, upload.fileName(), stored.sha256(), stored.size(), now,
                actor.name());
        reports.add(report);
        UniqueConstraint.flush(reports::flush,
                () -> new BusinessRuleException("common.changedMeanwhile", String.valueOf(year)));
        audit.changed("parkReport.upload", report, null);
        return Published.of(report);
    }

    @Override
    public List<Published> published(String creditCode) {
        return reports.ofOrganisation(creditCode).stream().map(Published::of).toList();
    }

    @Override
    public List<Published> own() {
        Actor actor = currentActor.get();
        access.requireRole(actor, "parkReport.own", Role.APPLICANT);
        if (actor.organisationId() == null) {
            return List.of();
        }
        return organisations.find(actor.organisationId())
                .map(o -> reports.ofOrganisation(o.getCreditCode()).stream().map(Published::of).toList())
                .orElse(List.of());
    }

    @Override
    public void ensureCurrentYear() {
        currentActor.runAsSystem(() -> {
            reminders.open(clock.today().getYear());
            return null;
        });
    }

    @Override
    public FileDownload file(String creditCode, int year) {
        ParkReport report = reports.ofOrganisation(creditCode).stream().filter(r -> r.getYear() == year)
                .findFirst().orElseThrow(() -> new RecordNotFoundException(TYPE, creditCode + "/" + year));
        return new FileDownload(report.getFileName(), "application/pdf", fileStore.read(report.getSha256()),
                report.getSha256());
    }

    /** The actor's organisation, which must be a park on a list (it has a public unit page to show the report). */
    private Organisation ownPark(Actor actor) {
        Organisation organisation = actor.organisationId() == null ? null
                : organisations.find(actor.organisationId()).orElse(null);
        if (organisation == null || organisation.getType() != OrganisationType.PARK) {
            access.deny(actor, "parkReport.upload", TYPE, null);
        }
        boolean listed = listings.ofOrganisation(organisation.getCreditCode()).stream()
                .anyMatch(u -> u.getUnitType() == UnitType.PARK && !u.isRemoved());
        if (!listed) {
            throw new BusinessRuleException("parkReport.notListed");
        }
        return organisation;
    }
}
