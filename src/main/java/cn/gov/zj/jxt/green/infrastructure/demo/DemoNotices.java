package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 2025 call as the department issued it: 浙经信绿色便函〔2025〕58号 of 2025-05-28 (seed 003), letter format, with
 * the per-city quota table (附件1) and the blank nomination summary table (附件2). A newcomer sees a real notice.
 */
public final class DemoNotices {

    public static final String CALL_2025_TITLE =
            "关于组织开展2025年省级绿色低碳工业园区和工厂推荐工作及绿色制造名单动态管理的通知";

    public static final String QUOTA_TITLE = "2025年省级绿色低碳工厂推荐名额";

    /** The eleven cities in the order the province lists them. */
    public static final List<String> CITIES = List.of("杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市",
            "金华市", "衢州市", "舟山市", "台州市", "丽水市");

    /** 附件1: the provincial nomination quota per city, total 200 (seed 003). */
    public static final Map<String, Integer> QUOTAS_2025 = Map.ofEntries(Map.entry("杭州市", 20),
            Map.entry("宁波市", 31), Map.entry("温州市", 30), Map.entry("湖州市", 18), Map.entry("嘉兴市", 35),
            Map.entry("绍兴市", 10), Map.entry("金华市", 18), Map.entry("衢州市", 6), Map.entry("舟山市", 1),
            Map.entry("台州市", 23), Map.entry("丽水市", 8));

    private DemoNotices() {
    }

    public static DocumentContent call2025() {
        return new DocumentContent(DocumentFormat.LETTER, List.of(Agency.ECONOMY), "浙经信绿色便函〔2025〕58号",
                CALL_2025_TITLE, "各设区市经信局", CALL_2025_BODY, List.of(
                        new Annex(1, QUOTA_TITLE, StandardAnnexes.cityQuotas(CITIES, QUOTAS_2025)),
                        new Annex(2, StandardAnnexes.SUMMARY_TITLE, StandardAnnexes.nominationSummary())),
                LocalDate.of(2025, 5, 28), null, "2025年省级绿色低碳工业园区和工厂推荐及绿色制造名单动态管理");
    }

    public static final List<String> CALL_2025_BODY = List.of(
            "为贯彻落实省委省政府碳达峰碳中和决策部署，加快绿色制造体系建设，树立绿色低碳标杆，引领工业领域绿色低碳转型，"
                    + "根据《浙江省绿色低碳工厂梯度培育管理实施细则》（以下简称《实施细则》）要求，现开展2025年省级绿色低碳工业园区"
                    + "和工厂推荐工作，并同步开展存量绿色制造名单动态管理工作。",
            "一、申报推荐及动态管理要求",
            "（一）绿色低碳工业园区。请各地对照《浙江省绿色低碳工业园区建设评价导则（2024版）》，择优推荐属地以制造业为主要"
                    + "产业特色、工业增加值占比超过50%、具有法定边界和范围、具备统一管理机构的省级工业园区（含高新区、开发区等工业"
                    + "类产业平台）或其中可独立统计区块申报省级绿色低碳工业园区。",
            "（二）绿色低碳工厂。请各地对照《浙江省绿色低碳工厂建设评价导则（2024版）》，在市级绿色低碳工厂中择优推荐相关企业"
                    + "申报省级绿色低碳工厂。各地推荐申报的对象应开展绿色制造水平对标，能耗、水耗、资源综合利用等主要指标应处于同"
                    + "行业领先水平。",
            "（三）动态管理。请各地加强对存量绿色低碳工业园区、工厂的跟踪指导和动态管理，组织绿色低碳工业园区、工厂按照"
                    + "《实施细则》相关要求填报动态管理表，并进行认真审核。如出现不符合绿色制造评价要求情况的，应组织进行评估后，"
                    + "提出动态调整意见并正式行文报送我厅。往年入选国家绿色制造名单但未认定省级绿色制造名单的单位，纳入省级统一管理。",
            "二、工作程序",
            "（一）自评价。申报省级绿色制造名单的工业园区、工厂对照《浙江省绿色低碳工业园区、工厂建设评价导则（2024版）》进行"
                    + "自评价。如确需委托第三方评价机构开展自评价的，第三方机构需符合《实施细则》规定的要求并签署承诺书；同一法人"
                    + "第三方机构（包括与其相关联的企事业单位）开展本批次绿色低碳工业园区、工厂评价项目总计不得超过10项。",
            "（二）逐级审核。绿色低碳工业园区申报材料、动态管理材料由设区市经信局负责审核；绿色低碳工厂申报材料、动态管理材料"
                    + "由县（市、区）经信局和设区市经信局逐级负责审核。审核通过后，由设区市经信局行文报送省经信厅。",
            "（三）在线申报。申报及审核程序在工业节能与绿色发展管理平台（https://green.miit.gov.cn/）进行，自评价报告、动态"
                    + "管理表可在该平台下载。新申报的工业园区、工厂上传自评价报告，已入选省级绿色制造名单的单位填报动态管理表。",
            "（四）省级评估公布。省经信厅会同省发展改革委、省生态环境厅组织专家对各市上报的工业园区、工厂进行审核。审核通过的，"
                    + "将在省经信厅官方网站公示；经公示无异议的，由省经信厅、省发展改革委、省生态环境厅联合发文公布。",
            "三、其他要求",
            "综合考虑各地往年申报入围情况及2025年度市级绿色低碳工厂目标任务，确定各市省级推荐名额（附件1）。请各设区市经信局"
                    + "于2025年6月30日前将推荐函、推荐名单汇总表（附件2）、动态管理审核意见经平台报送我厅；并于2025年12月31日前"
                    + "将2025年度市级绿色低碳工业园区及工厂名单电子版报送我厅。",
            "联系人：绿色制造处  刘  松，0571-87058126；省技创中心  许文龙，15384006412。");
}
