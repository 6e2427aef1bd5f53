package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The removal announcement 移出公告 (004 §(十九)): a 公告 of the department, numbered in its register, with the
 * annex 动态管理调整名单 listing each removed entry with its ground and clause. Its wording is the department's and
 * so Chinese, whatever the reader's language.
 */
public final class RemovalDocuments {

    public static final String ANNEX_TITLE = "动态管理调整名单";

    private RemovalDocuments() {
    }

    /**
     * @param immediate whether this announcement publishes an immediate removal (accident or incident) rather than
     *        the yearly adjustment
     */
    public static DocumentContent announcement(int year, List<RemovalProposal> removals, boolean immediate,
            LocalDate dated) {
        String title = immediate ? "关于将有关单位移出绿色制造名单的公告"
                : "关于" + year + "年度绿色制造名单动态管理调整的公告";
        List<String> body = new ArrayList<>();
        if (immediate) {
            body.add("根据《浙江省绿色制造体系梯度培育及管理实施细则》（浙经信绿色〔2024〕105号）第十九条，"
                    + "下列单位发生重大及以上生产安全或质量事故、II级（重大）及以上突发环境污染事件，"
                    + "现将其移出各层级绿色制造名单（共" + removals.size() + "个名单条目，见附件）。");
        } else {
            body.add("根据《浙江省绿色制造体系梯度培育及管理实施细则》（浙经信绿色〔2024〕105号）第十九条、第二十条，"
                    + "经各设区市经济和信息化主管部门复核、我厅审定，现将" + year + "年度绿色制造名单动态管理调整情况予以公告，"
                    + "下列单位移出绿色制造名单（共" + removals.size() + "个名单条目，见附件）。");
        }
        body.add("自公告之日起，上述单位三年内不得申报绿色制造名单（实施细则第十七条第三项）。");
        body.add("特此公告。");
        Annex annex = new Annex(1, ANNEX_TITLE, List.of(table(removals)));
        return new DocumentContent(DocumentFormat.PLAIN, List.of(Agency.ECONOMY), null, title, null, body,
                List.of(annex), dated, null, title);
    }

    private static AnnexBlock.Table table(List<RemovalProposal> removals) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (RemovalProposal p : removals) {
            ListedUnit unit = p.getUnit();
            rows.add(List.of(String.valueOf(++n), unit.getName(), unit.getOrganisation().getCreditCode(),
                    unit.getCity().getName(), levelName(unit.getLevel()), unit.getUnitType().documentName(),
                    groundName(p.getGround()) + "（" + clauseName(p.getGround()) + "）"));
        }
        return new AnnexBlock.Table(List.of("序号", "单位名称", "统一社会信用代码", "设区市", "名单层级", "类型", "移出原因"),
                List.of(1, 5, 4, 2, 2, 3, 5), rows);
    }

    public static String levelName(ListLevel level) {
        return switch (level) {
            case MUNICIPAL -> "市级";
            case PROVINCIAL -> "省级";
            case NATIONAL -> "国家级";
        };
    }

    /** The ground as the rules word it. */
    public static String groundName(RemovalGround ground) {
        return switch (ground) {
            case EXCLUSION -> "存在实施细则第十七条所列情形";
            case NO_FORM -> "拒不按时填报动态管理表";
            case FALSIFIED -> "所提交材料或数据存在造假";
            case NO_LONGER_QUALIFIES -> "发生重大变更后不再符合相关标准";
            case MAJOR_ACCIDENT -> "发生重大及以上生产安全或质量事故";
            case ENVIRONMENTAL_INCIDENT -> "发生II级（重大）及以上突发环境污染事件";
        };
    }

    /** The clause in the words of the rules (004 = 实施细则). */
    public static String clauseName(RemovalGround ground) {
        return switch (ground) {
            case EXCLUSION -> "实施细则第十九条第一项";
            case NO_FORM -> "实施细则第十九条第二项";
            case FALSIFIED -> "实施细则第十九条第三项";
            case NO_LONGER_QUALIFIES -> "实施细则第二十条";
            case MAJOR_ACCIDENT, ENVIRONMENTAL_INCIDENT -> "实施细则第十九条第二款";
        };
    }
}
