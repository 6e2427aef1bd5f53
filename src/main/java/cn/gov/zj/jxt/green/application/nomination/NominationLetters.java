package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * The nomination letter 推荐函 (信函格式) a city's bureau sends the department, with the summary table of seed 003
 * 附件2 as its annex: the units it nominates, each with its institution, its industry and whether it is on the
 * city's own list. The wording is in document-templates/nomination-letter.properties.
 */
final class NominationLetters {

    /** The wording, beside the letter's template: document-templates/nomination-letter.properties. */
    private static final Wording WORDING = Wording.of("nomination-letter");

    private NominationLetters() {
    }

    /** A row of the summary table: name, institution, type or industry, on the municipal list (是/否). */
    static List<String> summaryRow(String name, String institution, String industry, boolean municipallyListed) {
        return List.of(name, institution, industry, WORDING.text(municipallyListed ? "annex.listed" : "annex.notListed"));
    }

    static DocumentContent content(Batch batch, Region city, List<List<String>> parks, List<List<String>> factories,
            List<List<String>> supplyChain, String number, LocalDate dated) {
        String agency = WORDING.text("agency", city.getName());
        int nominees = parks.size() + factories.size() + supplyChain.size();
        Notice callNotice = batch.getCallNotice();
        String call = callNotice != null && callNotice.getDocument() != null
                ? WORDING.text("call", callNotice.getTitle(), callNotice.getDocument().getNumber())
                : WORDING.text("call.unissued", batch.getTitle());
        String supplyChainCount = supplyChain.isEmpty() ? ""
                : WORDING.text("body.countSeparator") + count(UnitType.SUPPLY_CHAIN, supplyChain);
        List<String> body = List.of(
                WORDING.text("body.nomination", call, nominationOf(batch), nominees, count(UnitType.PARK, parks),
                        count(UnitType.FACTORY, factories), supplyChainCount, batch.quotaOf(city.getCode())),
                WORDING.text("body.review"),
                WORDING.text("body.closing"));
        Annex summary = new Annex(1, WORDING.text("annex.title", city.getName()),
                StandardAnnexes.nominationSummary(agency, parks, factories, supplyChain));
        return new DocumentContent(DocumentFormat.LETTER, List.of(new Agency(agency)), number,
                WORDING.text("title", nominationOf(batch)), WORDING.text("recipients"), body, List.of(summary),
                dated, null, WORDING.text("registerTitle", batch.getTitle(), city.getName()));
    }

    private static String count(UnitType type, List<List<String>> rows) {
        return WORDING.text("body.count", type.documentName(), rows.size());
    }

    /** The batch as the letter names its work: "2025年省级绿色低碳工业园区和工厂推荐", whether or not its title ends so. */
    static String nominationOf(Batch batch) {
        String suffix = WORDING.text("workSuffix");
        return batch.getTitle().endsWith(suffix) ? batch.getTitle() : batch.getTitle() + suffix;
    }
}
