package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.domain.model.dynamic.DeclaredChange;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Dynamic management (004 §四): the yearly form a listed organisation files by April 15, the city's review of it
 * and of each declared change, the five-yearly re-review, and the yearly deadlines that drive them.
 */
public interface DynamicManagementService {

    /** The year whose form is open now: the current year until 24:00 of April 15, then the next. */
    int formYear();

    /** The signed-in organisation's entries currently on a list; its form covers them all. */
    List<ListedUnit> myEntries();

    Optional<DynamicForm> myForm(int year);

    /** Files the signed-in organisation's form for the current year; refused after 24:00 of April 15. */
    DynamicForm file(@NotNull DynamicFormInput input);

    /** The forms filed in the clerk's city for {@code year}. */
    List<DynamicForm> formsOfCity(int year);

    /** The entries of the clerk's city whose organisation has filed no form for {@code year}. */
    List<ListedUnit> notFiledInCity(int year);

    DynamicForm form(long id);

    /** The city has reviewed the form (changes are decided one by one). */
    DynamicForm review(long formId, String note);

    /** Confirms a declared change: a name change renames the entries, other changes are recorded on them. */
    DeclaredChange acceptChange(long changeId);

    /** After the change the unit no longer qualifies (004 §(二十)): a removal proposal for each entry. */
    List<RemovalProposal> proposeRemovalForChange(long changeId, String reason);

    List<ReReviewTask> reReviewsOfCity();

    /** The entries currently on a list (every level) in the clerk's city: those it may propose to remove. */
    List<ListedUnit> entriesOfCity();

    /** Concludes a re-review: passed is recorded on the unit; otherwise a removal proposal is made. */
    ReReviewTask concludeReReview(long taskId, boolean passed, String note);

    /**
     * Makes sure the deadlines of {@code year} exist: the re-review sweep on January 1, reminders on April 1 and
     * April 10, the cut-off at 24:00 of April 15. Idempotent: rows that exist are kept.
     */
    void ensureYear(int year);

    /** Ensures the deadlines of {@link #formYear()}; run at start-up. */
    void ensureUpcomingYear();

    /**
     * Every entry listed before {@code year} whose organisation filed no form for it becomes a removal candidate
     * (ground NO_FORM); one that is a candidate already is left alone. Returns how many became candidates.
     */
    int markMissedForms(int year);

    /** Opens a re-review task for every entry listed 5, 10, … years before {@code year}; returns those opened. */
    List<ReReviewTask> openReReviews(int year);
}
