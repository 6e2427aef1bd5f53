package cn.gov.zj.jxt.green.application;

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

    Organisation update(long id, @NotNull Organisation changes);
}
