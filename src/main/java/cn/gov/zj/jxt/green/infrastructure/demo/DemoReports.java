package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.report.ReportForm;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.report.ReportConclusion;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;

/**
 * Named reports in the demo (fictional people, valid but made-up identity numbers): one about the 杭州 demo factory,
 * waiting for 杭州's clerk to take it; one about the demo institution, which 杭州 verified and reported to the
 * province and the province published, so the institutions' records page has a line.
 */
@ApplicationScoped
public class DemoReports {

    static final String INSTITUTION_CODE = "91330108MA2CE0006A";

    @Inject
    NamedReportService reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ListingRepository listings;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor currentActor;

    public void load() {
        Organisation factory = organisations.findByCreditCode(DemoReview.FACTORY_CODE).orElseThrow();
        listings.find(factory.getId(), UnitType.FACTORY, ListLevel.MUNICIPAL).ifPresent(unit -> reports.report(
                new ReportForm(ReportSubject.LISTED_UNIT, unit.getId(), "周某（示例）", "330106198805061238",
                        "13900000001", "zhou@green-portal.example",
                        "该公司动态管理表填报的单位产品综合能耗与其电费结算情况明显不符，疑似数据不实。"),
                List.of()));

        Organisation institution = organisations.findByCreditCode(INSTITUTION_CODE).orElseThrow();
        long id = reports.report(new ReportForm(ReportSubject.INSTITUTION, institution.getId(), "吴某（示例）",
                "33010619900101123X", "13900000002", null,
                "该机构出具的绿色工厂评价报告未反映被评价企业当年的超标排放行政处罚。"), List.of()).report().getId();
        as("hangzhou", () -> reports.take(id));
        as("hangzhou", () -> reports.verify(id, "调阅评价报告及原始记录，与生态环境部门处罚记录比对，举报属实。"));
        as("hangzhou", () -> reports.conclude(id, new ConclusionForm(ReportConclusion.REPORTED_TO_PROVINCE,
                "评价报告隐瞒评价对象近三年受到的环境行政处罚（示例）", null, null)));
        as("province", () -> reports.publish(id));
    }

    private <T> T as(String username, Supplier<T> work) {
        return currentActor.runAs(Actor.of(accounts.findByUsername(username).orElseThrow(), null), work);
    }
}
