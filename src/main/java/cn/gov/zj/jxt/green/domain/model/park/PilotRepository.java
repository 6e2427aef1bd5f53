package cn.gov.zj.jxt.green.domain.model.park;

import java.util.List;
import java.util.Optional;

/** Pilot calls and the parks' applications to them (seed 002). */
public interface PilotRepository {

    void add(PilotCall call);

    void add(PilotApplication application);

    /** Writes what is pending now, so that a second application of a park to a call is refused here. */
    void flush();

    Optional<PilotCall> findCall(long id);

    /**
     * The call under a row lock, read again from the database: whoever changes its shortlist holds it, so the
     * count of recommended parks it then reads cannot change under it.
     */
    Optional<PilotCall> lockCall(long id);

    List<PilotCall> calls();

    Optional<PilotApplication> find(long id);

    /** The applications to {@code call} with their parks, by region and name. */
    List<PilotApplication> ofCall(PilotCall call);

    /** The park's applications, newest call first. */
    List<PilotApplication> ofOrganisation(long organisationId);

    long countRecommended(PilotCall call);

    /** Applications the public sees (shortlisted and after), with their calls and parks. */
    List<PilotApplication> published();
}
