package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The draft of a batch's call, written after the 2025 call (seed 003) with the batch's own year, kinds of unit,
 * deadlines and cap filled in. The clerk edits the draft as she likes before issuing it.
 */
final class CallNotices {

    private CallNotices() {
    }

    static String title(Batch batch) {
        return "关于组织开展" + batch.getYear() + "年" + levelName(batch.getLevel()) + unitsName(batch.getUnitTypes())
                + "推荐工作的通知";
    }

    static String quotaTitle(Batch batch) {
        return batch.getYear() + "年" + levelName(batch.getLevel()) + unitsName(batch.getUnitTypes()) + "推荐名额";
    }

    static List<String> body(Batch batch) {
        List<String> body = new ArrayList<>();
        body.add("为加快绿色制造体系建设，树立绿色低碳标杆，根据《浙江省绿色（低碳）工厂梯度培育管理实施细则》（以下简称《实施细则》）要求，现开展"
                + batch.getYear() + "年" + levelName(batch.getLevel()) + unitsName(batch.getUnitTypes()) + "推荐工作。");
        body.add("一、申报推荐要求");
        int item = 1;
        Set<UnitType> types = batch.getUnitTypes();
        if (types.contains(UnitType.PARK)) {
            body.add("（" + chinese(item++) + "）绿色低碳工业园区。请各地择优推荐以制造业为主要产业特色、工业增加值占比超过50%、具有法定边界和范围、"
                    + "具备统一管理机构的工业园区或其中可独立统计区块申报。");
        }
        if (types.contains(UnitType.FACTORY)) {
            body.add("（" + chinese(item++) + "）绿色低碳工厂。请各地在市级绿色低碳工厂中择优推荐相关企业申报。推荐对象应开展绿色制造水平对标，"
                    + "能耗、水耗、资源综合利用等主要指标应处于同行业领先水平。");
        }
        if (types.contains(UnitType.SUPPLY_CHAIN)) {
            body.add("（" + chinese(item) + "）绿色供应链管理企业。请各地择优推荐在产业链发挥主导作用、制定供应商绿色（低碳）工厂培育计划的企业申报。");
        }
        body.add("二、工作程序");
        body.add("（一）自评价。申报单位对照相关评价导则进行自评价。如确需委托第三方评价机构开展评价的，第三方机构需符合《实施细则》规定的要求并签署承诺书；"
                + "同一法人第三方机构（包括与其相关联的企事业单位）开展本批次评价项目总计不得超过" + batch.getProvincialCap() + "项。");
        body.add("（二）逐级审核。绿色低碳工业园区申报材料由设区市经信局负责审核；绿色低碳工厂申报材料由县（市、区）经信局和设区市经信局逐级负责审核。"
                + "审核通过后，由设区市经信局行文报送省经信厅。");
        body.add("（三）在线申报。申报及审核程序在本平台进行。");
        body.add("三、其他要求");
        body.add("请各设区市经信局于" + DocumentContent.chineseDate(batch.getSubmissionDeadline())
                + "前将推荐函、推荐名单汇总表（附件2）经平台报送我厅；并于" + DocumentContent.chineseDate(batch.getCityListDeadline())
                + "前将" + batch.getYear() + "年度市级绿色制造名单报送我厅。各市推荐名额见附件1。");
        return body;
    }

    private static String levelName(ListLevel level) {
        return switch (level) {
            case MUNICIPAL -> "市级";
            case PROVINCIAL -> "省级";
            case NATIONAL -> "国家级";
        };
    }

    static String unitsName(Set<UnitType> types) {
        List<String> names = new ArrayList<>();
        if (types.contains(UnitType.PARK)) {
            names.add(UnitType.PARK.documentName());
        }
        if (types.contains(UnitType.FACTORY)) {
            // "绿色低碳工业园区和工厂": the qualifier is not repeated
            names.add(names.isEmpty() ? UnitType.FACTORY.documentName() : "工厂");
        }
        if (types.contains(UnitType.SUPPLY_CHAIN)) {
            names.add(UnitType.SUPPLY_CHAIN.documentName());
        }
        return String.join("和", names);
    }

    private static String chinese(int n) {
        return "一二三四五六七八九十".substring(n - 1, n);
    }
}
