package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A city's side of the cycle (003 §三, 004 §(八), §(十三)–(十四)) and the province's view of it: the cultivation
 * pool and the municipal list the city keeps; the nominees it chooses within its quota; its nomination letter
 * 推荐函 with the summary table, issued through the document service; its submission by the deadline; and the
 * province returning a submission for correction.
 */
public interface NominationService {

    /** The signed-in city clerk's submission for the batch, or, for the province, the submission {@code cityCode}'s. */
    CitySubmission submission(long batchId, String cityCode);

    CitySubmission submission(long submissionId);

    /** The city's applications the city has approved or nominated: what it chooses from. */
    List<Application> candidates(long batchId, String cityCode);

    /** Adds an approved application to the city's nominees; refused beyond the quota or when a rule bars it. */
    Application nominate(long applicationId);

    Application withdrawNomination(long applicationId);

    /** Issues the letter with the summary table of the current nominees; {@code number} is the city's own. */
    CitySubmission issueLetter(long batchId, String number);

    FileDownload letter(long submissionId, @NotNull RenditionType type);

    /** Sends the submission to the province, before the deadline (or a returned one before its correction date). */
    CitySubmission submit(long batchId);

    /** The province sends a submission back for correction, with a reason and a date to correct it by. */
    CitySubmission returnForCorrection(long submissionId, String reason, LocalDate correctionDue);

    /** The city reports its municipal list for the batch's year (due December 31, 003 §三). */
    CitySubmission reportCityList(long batchId);

    List<PoolEntry> pool();

    PoolEntry addToPool(long organisationId, String plan);

    PoolEntry leavePool(long entryId);

    /** The city's municipal list. */
    List<ListedUnit> municipalList();

    /** Puts an organisation of the city on the municipal list of {@code year}, on the basis of a city document. */
    ListedUnit listMunicipal(long organisationId, int year, String basis);
}
