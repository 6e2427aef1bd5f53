package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * The nomination letter 推荐函 (信函格式) a city's bureau sends the department, with the summary table of seed 003
 * 附件2 as its annex: the units it nominates, each with its institution, its industry and whether it is on the
 * city's own list.
 */
final class NominationLetters {

    private NominationLetters() {
    }

    /** A row of the summary table: name, institution, type or industry, on the municipal list (是/否). */
    static List<String> summaryRow(String name, String institution, String industry, boolean municipallyListed) {
        return List.of(name, institution, industry, municipallyListed ? "是" : "否");
    }

    static DocumentContent content(Batch batch, Region city, List<List<String>> parks, List<List<String>> factories,
            List<List<String>> supplyChain, String number, LocalDate dated) {
        String agency = city.getName() + "经济和信息化局";
        int nominees = parks.size() + factories.size() + supplyChain.size();
        String call = batch.getCallNotice() != null && batch.getCallNotice().getDocument() != null
                ? "《" + batch.getCallNotice().getTitle() + "》（" + batch.getCallNotice().getDocument().getNumber() + "）"
                : "省经信厅" + batch.getTitle() + "通知";
        List<String> body = List.of(
                "根据" + call + "要求，我局组织开展了" + nominationOf(batch) + "工作。经逐级审核，现推荐" + nominees
                        + "家单位（其中" + UnitType.PARK.documentName() + parks.size() + "家、"
                        + UnitType.FACTORY.documentName() + factories.size() + "家"
                        + (supplyChain.isEmpty() ? "" : "、" + UnitType.SUPPLY_CHAIN.documentName() + supplyChain.size()
                                + "家")
                        + "），未超过我市推荐名额（" + batch.quotaOf(city.getCode()) + "个），推荐名单见附件。",
                "我局已对推荐单位的申报材料进行审核，委托第三方机构开展评价的均已签署承诺书。",
                "特此函告。");
        Annex summary = new Annex(1, city.getName() + "省级绿色制造推荐名单汇总表",
                StandardAnnexes.nominationSummary(agency, parks, factories, supplyChain));
        return new DocumentContent(DocumentFormat.LETTER, List.of(new Agency(agency)), number,
                "关于报送" + nominationOf(batch) + "名单的函", "浙江省经济和信息化厅", body, List.of(summary),
                dated, null, batch.getTitle() + " " + city.getName() + "推荐函");
    }

    /** The batch as the letter names its work: "2025年省级绿色低碳工业园区和工厂推荐", whether or not its title ends so. */
    static String nominationOf(Batch batch) {
        return batch.getTitle().endsWith("推荐") ? batch.getTitle() : batch.getTitle() + "推荐";
    }
}
