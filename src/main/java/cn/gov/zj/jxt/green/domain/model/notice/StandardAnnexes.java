package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Annex tables the department's calls carry, laid out as in the 2025 call (seed 003). */
public final class StandardAnnexes {

    /** Columns of the nominated parks in 附件2 of seed 003. */
    public static final List<String> SUMMARY_PARK_COLUMNS =
            List.of("序号", "园区名称", "第三方机构名称（如有）", "类型", "是否列入市绿色制造名单");
    /** Columns of the nominated factories in 附件2 of seed 003. */
    public static final List<String> SUMMARY_FACTORY_COLUMNS =
            List.of("序号", "企业名称", "第三方机构名称（如有）", "行业", "是否列入市绿色制造名单");
    private static final List<Integer> SUMMARY_WIDTHS = List.of(2, 8, 8, 4, 5);

    private StandardAnnexes() {
    }

    /** 附件1 of seed 003: each city and its provincial nomination quota (blank when not set), and the total. */
    public static List<AnnexBlock> cityQuotas(List<String> cities, Map<String, Integer> quotas) {
        List<List<String>> rows = new ArrayList<>();
        int total = 0;
        for (String city : cities) {
            Integer quota = quotas.get(city);
            rows.add(List.of(city, quota == null ? "" : quota.toString()));
            total += quota == null ? 0 : quota;
        }
        rows.add(List.of("合  计", quotas.isEmpty() ? "" : String.valueOf(total)));
        return List.of(new AnnexBlock.Table(List.of("地市", "推荐名额"), List.of(1, 1), rows));
    }

    /** 附件2 of seed 003, blank: the city fills it in its nomination letter. */
    public static List<AnnexBlock> nominationSummary() {
        return List.of(
                new AnnexBlock.Text("推荐单位：（单位公章）"),
                new AnnexBlock.Text("绿色低碳工业园区"),
                new AnnexBlock.Table(SUMMARY_PARK_COLUMNS, SUMMARY_WIDTHS, blankRows(2)),
                new AnnexBlock.Text("绿色低碳工厂"),
                new AnnexBlock.Table(SUMMARY_FACTORY_COLUMNS, SUMMARY_WIDTHS, blankRows(3)));
    }

    /**
     * 附件2 of seed 003 as a city fills it in its nomination letter: the parks and the factories it nominates,
     * each row 序号, 名称, 第三方机构名称（如有）, 类型 or 行业, 是否列入市绿色制造名单. Supply-chain enterprises,
     * which the 2025 table has no place for, follow in a table of their own with the factories' columns.
     */
    public static List<AnnexBlock> nominationSummary(String nominatingAgency, List<List<String>> parks,
            List<List<String>> factories, List<List<String>> supplyChain) {
        List<AnnexBlock> blocks = new ArrayList<>();
        blocks.add(new AnnexBlock.Text("推荐单位：" + nominatingAgency + "（单位公章）"));
        blocks.add(new AnnexBlock.Text("绿色低碳工业园区"));
        blocks.add(new AnnexBlock.Table(SUMMARY_PARK_COLUMNS, SUMMARY_WIDTHS, numbered(parks)));
        blocks.add(new AnnexBlock.Text("绿色低碳工厂"));
        blocks.add(new AnnexBlock.Table(SUMMARY_FACTORY_COLUMNS, SUMMARY_WIDTHS, numbered(factories)));
        if (!supplyChain.isEmpty()) {
            blocks.add(new AnnexBlock.Text("绿色供应链管理企业"));
            blocks.add(new AnnexBlock.Table(SUMMARY_FACTORY_COLUMNS, SUMMARY_WIDTHS, numbered(supplyChain)));
        }
        return blocks;
    }

    /** Rows of four cells, numbered from 1; an empty list gives one blank row, as the blank table has. */
    private static List<List<String>> numbered(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return List.of(List.of("", "无", "", "", ""));
        }
        List<List<String>> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(rows.get(i));
            numbered.add(row);
        }
        return numbered;
    }

    /** The title of 附件2; the city's name goes in the blank. */
    public static final String SUMMARY_TITLE = "　　　　市省级绿色制造推荐名单汇总表";

    private static List<List<String>> blankRows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(String.valueOf(i), "", "", "", ""));
        }
        return rows;
    }
}
