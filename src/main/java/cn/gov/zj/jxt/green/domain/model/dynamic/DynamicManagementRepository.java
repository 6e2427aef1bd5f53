package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Forms, re-review tasks and removal proposals, and the listed entries they concern. */
public interface DynamicManagementRepository {

    void add(DynamicForm form);

    Optional<DynamicForm> form(long id);

    Optional<DynamicForm> form(long organisationId, int year);

    List<DynamicForm> formsOfCity(String cityCode, int year);

    Optional<DeclaredChange> change(long id);

    /** The entries currently on a list (any level) that were listed before {@code before}. */
    List<ListedUnit> listedBefore(Instant before);

    /** The organisation's entries currently on a list, at every level. */
    List<ListedUnit> currentEntries(long organisationId);

    /** Entries currently on a list whose organisation filed no form for {@code year}, listed before {@code before}. */
    List<ListedUnit> withoutForm(int year, Instant before);

    /** Entries currently on a list that entered it in one of {@code listYears}. */
    List<ListedUnit> listedIn(List<Integer> listYears);

    void add(ReReviewTask task);

    Optional<ReReviewTask> reReview(long id);

    Optional<ReReviewTask> reReview(long unitId, int cycleYear);

    List<ReReviewTask> reReviewsOfCity(String cityCode);

    void add(RemovalProposal proposal);

    Optional<RemovalProposal> proposal(long id);

    Optional<RemovalProposal> noFormProposal(long unitId, int year);

    List<RemovalProposal> proposals(ProposalStatus status);

    List<RemovalProposal> proposalsOfCity(String cityCode);

    List<RemovalProposal> proposalsOfUnit(long unitId);

    List<RemovalProposal> proposalsOfAnnouncement(long documentId);

    /** The documents that published removals, newest first. */
    List<cn.gov.zj.jxt.green.domain.model.document.IssuedDocument> announcements();

    /** Writes pending changes now, so that a unique key refuses a duplicate inside the caller's transaction. */
    void flush();
}
