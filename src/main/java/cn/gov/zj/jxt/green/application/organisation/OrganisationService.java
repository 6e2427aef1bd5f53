package cn.gov.zj.jxt.green.application.organisation;

import jakarta.validation.constraints.NotNull;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * Organisations as clerks and administrators keep them. Every method is bound by the actor's region scope:
 * a city clerk reads and changes only organisations of her city, a county clerk only of his county; an
 * applicant or institution only its own.
 */
public interface OrganisationService {

    Organisation get(long id);

    /** Within the actor's scope; {@code type} and {@code text} (name or credit code) may be {@code null}. */
    Page<Organisation> search(OrganisationType type, String text, @NotNull PageRequest page);

    /** A blank organisation for the registration form, if the actor may register organisations at all. */
    Organisation prepareRegistration();

    Organisation register(@NotNull Organisation organisation);

    /**
     * Changes an organisation as it was when the form was opened: {@code expectedVersion} is the version
     * then; if someone changed it since, the change is refused (organisation.changedMeanwhile).
     */
    Organisation update(long id, long expectedVersion, @NotNull Organisation changes);
}
