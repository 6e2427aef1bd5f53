package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalDocuments;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionRegister;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalProposed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The removal flow's steps that several callers share, each inside the caller's transaction: making proposals
 * (from the city's pages, the April 15 deadline, a declared change, a re-review or a verified named report) and
 * putting decided removals into effect through one removal announcement (004 §(十九)).
 */
@ApplicationScoped
public class Removals {

    private static final Logger LOG = Logger.getLogger(Removals.class.getName());

    @Inject
    DynamicManagementRepository repository;

    @Inject
    ExclusionRegister exclusions;

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    RemovalProposal propose(ListedUnit unit, RemovalGround ground, Integer formYear, String reason, String source,
            String actor) {
        RemovalProposal proposal = new RemovalProposal(unit, ground, formYear, reason, source, clock.now(), actor);
        repository.add(proposal);
        audit.changed("removal.propose", proposal, null);
        return proposal;
    }

    /**
     * A verified named report (004 §(二十三)) hands the organisation to the removal flow: one proposal for each
     * list it is currently on, committed with the report's conclusion. An immediate ground still waits for the
     * province's decision, which then removes at once.
     */
    void onRemovalProposed(@Observes RemovalProposed event) {
        List<ListedUnit> entries = repository.currentEntries(event.organisationId());
        for (ListedUnit unit : entries) {
            propose(unit, event.ground(), null, event.reason(), event.source(), event.actor());
        }
        LOG.info(() -> "Removal proposed for organisation " + event.organisationId() + " (" + event.ground() + "): "
                + entries.size() + " entries");
    }

    /**
     * Publishes one removal announcement for {@code decided} and takes each unit off its list at once, recording
     * for each organisation the exclusion of 004 §(十七) 3 that bars it for three years. Proposals whose unit has
     * left its list already are closed with the announcement that removed it. Returns the announcement, or
     * {@code null} when nothing was left to remove.
     */
    IssuedDocument effect(List<RemovalProposal> decided, boolean immediate, int year, String actor) {
        Instant now = clock.now();
        List<RemovalProposal> published = new ArrayList<>();
        Map<Long, RemovalProposal> byUnit = new LinkedHashMap<>();
        for (RemovalProposal proposal : decided) {
            if (proposal.getStatus() != ProposalStatus.DECIDED) {
                continue;
            }
            if (proposal.getUnit().isRemoved()) {
                var before = proposal.auditState();
                proposal.overtaken(proposal.getUnit().getRemovalDocument(), now);
                audit.changed("removal.overtaken", proposal, before);
            } else if (byUnit.putIfAbsent(proposal.getUnit().getId(), proposal) == null) {
                published.add(proposal);
            }
        }
        if (published.isEmpty()) {
            return null;
        }
        LocalDate today = clock.today();
        IssuedDocument announcement = documents.issue(RemovalDocuments.announcement(year, published, immediate,
                today), Issuer.GREEN, null);
        Set<String> barred = new HashSet<>();
        for (RemovalProposal proposal : decided) {
            if (proposal.getStatus() != ProposalStatus.DECIDED) {
                continue;
            }
            var before = proposal.auditState();
            proposal.effected(announcement, now);
            audit.changed("removal.effect", proposal, before);
            ListedUnit unit = proposal.getUnit();
            if (!unit.isRemoved()) {
                var unitBefore = unit.auditState();
                unit.remove(proposal.getGround(), announcement, now, actor);
                audit.changed("listing.remove", unit, unitBefore);
            }
            String code = unit.getOrganisation().getCreditCode();
            if (barred.add(code)) {
                bar(unit, announcement, today, now);
            }
        }
        return announcement;
    }

    /** 004 §(十七) 3: removed from a list, the organisation may not apply for three years; the register says so. */
    private void bar(ListedUnit unit, IssuedDocument announcement, LocalDate today, Instant now) {
        String code = unit.getOrganisation().getCreditCode();
        boolean known = exclusions.notWithdrawn(List.of(code)).stream()
                .anyMatch(e -> e.sameExclusionAs(code, ExclusionGround.REMOVED_FROM_LIST, today));
        if (known) {
            return;
        }
        ExclusionEntry entry = new ExclusionEntry(code, unit.getOrganisation().getName(),
                ExclusionGround.REMOVED_FROM_LIST, today, "移出公告 " + announcement.getNumber(),
                "移出绿色制造名单（" + RemovalDocuments.clauseName(unit.getRemovalGround()) + "）", now,
                cn.gov.zj.jxt.green.application.shared.Actor.SYSTEM_NAME, null);
        exclusions.add(entry);
        audit.changed("exclusion.record", entry, null);
    }
}
