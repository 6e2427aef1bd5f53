package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentService;
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
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultRemovalService implements RemovalService {

    /** The yearly announcement's deadline names its year: ("RemovalYear", 2027). */
    static final String SUBJECT = "RemovalYear";
    static final String ANNOUNCE = "removal.announce";
    /** The hour of the announcement day at which it goes out (Asia/Shanghai). */
    static final int ANNOUNCE_HOUR = 9;
    static final int MAX_TEXT = 1000;

    @Inject
    DynamicManagementRepository repository;

    @Inject
    ListingRepository listings;

    @Inject
    Removals removals;

    @Inject
    DeadlineService deadlines;

    @Inject
    DocumentService documents;

    @Inject
    FileStore fileStore;

    @Inject
    UploadInspection inspector;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public List<RemovalProposal> propose(long unitId, RemovalGround ground, String reason, String evidenceFileName,
            InputStream evidence) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "removal.propose", Role.CITY_CLERK);
        ListedUnit unit = listings.find(unitId).orElseThrow(() -> new RecordNotFoundException("ListedUnit", unitId));
        access.requireRegion(actor, "removal.propose", unit.getCity(), "ListedUnit", unitId);
        if (ground == null) {
            throw InputValidation.violation("ground", "removal.ground.required");
        }
        if (ground == RemovalGround.NO_FORM) {
            // A missed form is found by the April 15 deadline itself, for the year it concerns.
            throw InputValidation.violation("ground", "removal.ground.noForm");
        }
        if (reason == null || reason.isBlank()) {
            throw InputValidation.violation("reason", "removal.reason.required");
        }
        if (reason.strip().length() > MAX_TEXT) {
            throw InputValidation.violation("reason", "removal.reason.size");
        }
        if (unit.isRemoved()) {
            throw new BusinessRuleException("removal.alreadyRemoved");
        }
        StoredEvidence stored = evidence == null ? null : store(evidenceFileName, evidence);
        List<ListedUnit> targets = ground.immediate()
                ? repository.currentEntries(unit.getOrganisation().getId()) : List.of(unit);
        List<RemovalProposal> made = new ArrayList<>();
        for (ListedUnit target : targets) {
            RemovalProposal proposal = removals.propose(target, ground, null, reason.strip(), null, actor.name());
            if (stored != null) {
                proposal.attachEvidence(stored.upload.fileName(), stored.upload.mediaType(), stored.file.sha256(),
                        stored.file.size());
            }
            made.add(proposal);
        }
        return made;
    }

    private record StoredEvidence(InspectedUpload upload, StoredFile file) {
    }

    private StoredEvidence store(String fileName, InputStream content) {
        // Checked before anything is stored: a refused file leaves no trace in the store.
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.evidence());
        return new StoredEvidence(upload, fileStore.put(upload.content()));
    }

    @Override
    public Optional<IssuedDocument> decide(long proposalId, String note) {
        Actor actor = requireProvince("removal.decide");
        RemovalProposal proposal = proposed(proposalId);
        Instant now = clock.now();
        String text = limit(note);
        if (!proposal.getGround().immediate()) {
            var before = proposal.auditState();
            proposal.decide(text, now, actor.name());
            audit.changed("removal.decide", proposal, before);
            return Optional.empty();
        }
        // 004 §(十九): removed at once from every list the organisation is on, and announced at once.
        List<RemovalProposal> decided = new ArrayList<>();
        long organisationId = proposal.getUnit().getOrganisation().getId();
        for (ListedUnit entry : repository.currentEntries(organisationId)) {
            RemovalProposal own = repository.proposalsOfUnit(entry.getId()).stream()
                    .filter(p -> p.getStatus() == ProposalStatus.PROPOSED && p.getGround() == proposal.getGround())
                    .findFirst()
                    .orElseGet(() -> removals.propose(entry, proposal.getGround(), null, proposal.getReason(),
                            proposal.getSource(), actor.name()));
            var before = own.auditState();
            own.decide(text, now, actor.name());
            audit.changed("removal.decide", own, before);
            decided.add(own);
        }
        return Optional.ofNullable(removals.effect(decided, true, clock.today().getYear(), actor.name()));
    }

    @Override
    public RemovalProposal dismiss(long proposalId, String note) {
        Actor actor = requireProvince("removal.dismiss");
        RemovalProposal proposal = proposed(proposalId);
        if (note == null || note.isBlank()) {
            throw InputValidation.violation("note", "removal.note.required");
        }
        var before = proposal.auditState();
        proposal.dismiss(limit(note), clock.now(), actor.name());
        audit.changed("removal.dismiss", proposal, before);
        return proposal;
    }

    private RemovalProposal proposed(long id) {
        RemovalProposal proposal = repository.proposal(id)
                .orElseThrow(() -> new RecordNotFoundException("RemovalProposal", id));
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new BusinessRuleException("removal.decided");
        }
        return proposal;
    }

    @Override
    public List<RemovalProposal> proposals(ProposalStatus status) {
        access.requireRole(currentActor.get(), "removal.read", Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
        return repository.proposals(status);
    }

    @Override
    public List<RemovalProposal> proposalsOfCity() {
        Actor actor = currentActor.get();
        access.requireRole(actor, "removal.read", Role.CITY_CLERK);
        return repository.proposalsOfCity(actor.region().getCode());
    }

    @Override
    public RemovalProposal get(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "removal.read", Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR,
                Role.ADMIN);
        RemovalProposal proposal = repository.proposal(id)
                .orElseThrow(() -> new RecordNotFoundException("RemovalProposal", id));
        access.requireRegion(actor, "removal.read", proposal.getCity(), "RemovalProposal", id);
        return proposal;
    }

    @Override
    public FileDownload evidence(long proposalId) {
        RemovalProposal proposal = get(proposalId);
        if (!proposal.hasEvidence()) {
            throw new RecordNotFoundException("RemovalEvidence", proposalId);
        }
        return new FileDownload(proposal.getEvidenceFileName(), proposal.getEvidenceMediaType(),
                fileStore.read(proposal.getEvidenceSha256()), proposal.getEvidenceSha256());
    }

    @Override
    public Deadline setAnnouncementDate(int year, LocalDate date) {
        requireProvince("removal.schedule");
        if (date == null) {
            throw InputValidation.violation("date", "removal.date.required");
        }
        if (date.isBefore(clock.today())) {
            throw InputValidation.violation("date", "removal.date.past");
        }
        Instant due = date.atTime(ANNOUNCE_HOUR, 0).atZone(PortalClock.ZONE).toInstant();
        Optional<Deadline> existing = deadlines.ofSubject(SUBJECT, year).stream()
                .filter(d -> d.getKind().equals(ANNOUNCE)).findFirst();
        Deadline deadline;
        if (existing.isPresent()) {
            deadline = existing.get();
            if (deadline.getDoneAt() != null) {
                // One yearly announcement; removals decided later wait for next year's or go out at once.
                throw new BusinessRuleException("removal.announced", year);
            }
            deadlines.reschedule(deadline, due);
        } else {
            deadline = deadlines.schedule(ANNOUNCE, SUBJECT, year, due);
        }
        audit.event(currentActor.get(), "removal.schedule", SUBJECT, year, date.toString());
        return deadline;
    }

    @Override
    public Optional<Deadline> announcementDate(int year) {
        return deadlines.ofSubject(SUBJECT, year).stream().filter(d -> d.getKind().equals(ANNOUNCE))
                .reduce((a, b) -> b);
    }

    @Override
    public IssuedDocument publishYearly(int year) {
        Actor actor = requireProvince("removal.publish");
        List<RemovalProposal> decided = repository.proposals(ProposalStatus.DECIDED).stream()
                .filter(p -> !p.getGround().immediate()).toList();
        return removals.effect(decided, false, year, actor.name());
    }

    @Override
    public List<IssuedDocument> announcements() {
        return repository.announcements();
    }

    @Override
    public FileDownload announcement(long documentId, DocumentService.RenditionType type) {
        IssuedDocument document = repository.announcements().stream().filter(d -> d.getId() == documentId)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("RemovalAnnouncement", documentId));
        return documents.file(document, type);
    }

    private Actor requireProvince(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.PROVINCE_CLERK, Role.ADMIN);
        return actor;
    }

    private static String limit(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > 500) {
            throw InputValidation.violation("note", "removal.note.size");
        }
        return note.strip();
    }
}
