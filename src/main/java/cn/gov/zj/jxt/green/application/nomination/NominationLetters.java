package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The city's nomination letter 推荐函 (信函格式) with the summary table of seed 003 附件2 as its annex: who is
 * nominated, by kind of unit, against the city's quota.
 */
final class NominationLetters {

    private NominationLetters() {
    }

    /** {@code municipallyListed} tells whether a nominee is on the municipal list (the summary's last column). */
    static DocumentContent content(CitySubmission submission, List<Application> nominees, String number,
            Predicate<Application> municipallyListed, LocalDate dated) {
        Batch batch = submission.getBatch();
        Region city = submission.getCity();
        String agency = city.getName() + "经济和信息化局";
        List<List<String>> parks = new ArrayList<>();
        List<List<String>> factories = new ArrayList<>();
        List<List<String>> supplyChain = new ArrayList<>();
        for (Application nominee : nominees) {
            List<String> row = List.of(nominee.getOrganisation().getName(),
                    nominee.getInstitution() == null ? "" : nominee.getInstitution().getName(),
                    nominee.getIndustry() == null ? "" : nominee.getIndustry(),
                    municipallyListed.test(nominee) ? "是" : "否");
            (nominee.getUnitType() == UnitType.PARK ? parks
                    : nominee.getUnitType() == UnitType.FACTORY ? factories : supplyChain).add(row);
        }
        String call = batch.getCallNotice() != null && batch.getCallNotice().getDocument() != null
                ? "《" + batch.getCallNotice().getTitle() + "》（" + batch.getCallNotice().getDocument().getNumber() + "）"
                : "省经信厅" + batch.getTitle() + "通知";
        List<String> body = List.of(
                "根据" + call + "要求，我局组织开展了" + nominationOf(batch) + "工作。经逐级审核，现推荐" + nominees.size()
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
