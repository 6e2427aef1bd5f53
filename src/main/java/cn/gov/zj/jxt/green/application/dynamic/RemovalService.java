package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Removals from the lists (004 §(十九)): the city proposes with ground and evidence, the province decides or
 * dismisses. Removals on the yearly grounds take effect with the yearly removal announcement on the date the
 * province sets; an accident or environmental incident removes at once from every level, with its own
 * announcement.
 */
public interface RemovalService {

    /**
     * The city proposes removing a listed entry. For an immediate ground the proposal covers every list the
     * organisation is on. Evidence is optional (text in {@code reason}, a file besides).
     */
    List<RemovalProposal> propose(long unitId, RemovalGround ground, String reason, String evidenceFileName,
            InputStream evidence);

    /** The province decides; an immediate ground is removed and announced at once, returning the announcement. */
    Optional<IssuedDocument> decide(long proposalId, String note);

    RemovalProposal dismiss(long proposalId, String note);

    List<RemovalProposal> proposals(ProposalStatus status);

    /** The proposals concerning the clerk's city (the province sees all through {@link #proposals}). */
    List<RemovalProposal> proposalsOfCity();

    RemovalProposal get(long id);

    FileDownload evidence(long proposalId);

    /** Sets (or moves) the date of {@code year}'s removal announcement; it goes out at 09:00 that day. */
    Deadline setAnnouncementDate(int year, LocalDate date);

    Optional<Deadline> announcementDate(int year);

    /**
     * Publishes every decided removal not yet in effect in one announcement and removes the units; {@code null}
     * when none is decided. Run by the announcement deadline.
     */
    IssuedDocument publishYearly(int year);

    /** The removal announcements issued, newest first, as the proposals they published name them. */
    List<IssuedDocument> announcements();

    FileDownload announcement(long documentId, DocumentService.RenditionType type);
}
