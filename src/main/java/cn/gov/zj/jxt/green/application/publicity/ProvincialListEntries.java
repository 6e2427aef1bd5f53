package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial list's entries made by a joint publication: each unit listed in the publicity goes on the list
 * from the effective date, with the publication's number as its basis. A unit already on the provincial list (of
 * the same kind) keeps its entry, so publishing again adds nothing twice.
 */
@ApplicationScoped
public class ProvincialListEntries {

    @Inject
    ListingRepository listings;

    @Inject
    RegionRepository regions;

    @Inject
    AuditService audit;

    public void enter(List<PublicityEntry> listed, IssuedDocument publication, LocalDate effectiveDate, String by) {
        Instant effective = OfficialDay.startOf(effectiveDate);
        for (PublicityEntry entry : listed) {
            Application application = entry.getApplication();
            if (listings.find(application.getOrganisation().getId(), entry.getUnitType(), ListLevel.PROVINCIAL)
                    .isPresent()) {
                continue;
            }
            ListedUnit unit = new ListedUnit(application.getOrganisation(), entry.getUnitType(), ListLevel.PROVINCIAL,
                    effectiveDate.getYear(), regions.find(entry.getCityCode()).orElseThrow(),
                    application.getIndustry(), publication.getNumber(), publication, effective, by);
            listings.add(unit);
            audit.changed("listing.provincial.add", unit, null);
        }
    }
}
