package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Annex tables the department's calls carry, laid out as in the 2025 call (seed 003); their wording is the call's,
 * in document-templates/call-notice.properties ({@code quota.*}, {@code summary.*}).
 */
public final class StandardAnnexes {

    private static final Wording WORDING = Wording.of("call-notice");

    /** Columns of the nominated parks in 附件2 of seed 003. */
    public static final List<String> SUMMARY_PARK_COLUMNS = WORDING.list("summary.parkColumns");
    /** Columns of the nominated factories in 附件2 of seed 003. */
    public static final List<String> SUMMARY_FACTORY_COLUMNS = WORDING.list("summary.factoryColumns");
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
        rows.add(List.of(WORDING.text("quota.total"), quotas.isEmpty() ? "" : String.valueOf(total)));
        return List.of(new AnnexBlock.Table(WORDING.list("quota.columns"), List.of(1, 1), rows));
    }

    /** 附件2 of seed 003, blank: the city fills it in its nomination letter. */
    public static List<AnnexBlock> nominationSummary() {
        return List.of(
                new AnnexBlock.Text(WORDING.text("summary.nominator.blank")),
                new AnnexBlock.Text(UnitType.PARK.documentName()),
                new AnnexBlock.Table(SUMMARY_PARK_COLUMNS, SUMMARY_WIDTHS, blankRows(2)),
                new AnnexBlock.Text(UnitType.FACTORY.documentName()),
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
        blocks.add(new AnnexBlock.Text(WORDING.text("summary.nominator", nominatingAgency)));
        blocks.add(new AnnexBlock.Text(UnitType.PARK.documentName()));
        blocks.add(new AnnexBlock.Table(SUMMARY_PARK_COLUMNS, SUMMARY_WIDTHS, numbered(parks)));
        blocks.add(new AnnexBlock.Text(UnitType.FACTORY.documentName()));
        blocks.add(new AnnexBlock.Table(SUMMARY_FACTORY_COLUMNS, SUMMARY_WIDTHS, numbered(factories)));
        if (!supplyChain.isEmpty()) {
            blocks.add(new AnnexBlock.Text(UnitType.SUPPLY_CHAIN.documentName()));
            blocks.add(new AnnexBlock.Table(SUMMARY_FACTORY_COLUMNS, SUMMARY_WIDTHS, numbered(supplyChain)));
        }
        return blocks;
    }

    /** Rows of four cells, numbered from 1; an empty list gives one blank row, as the blank table has. */
    private static List<List<String>> numbered(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return List.of(List.of("", WORDING.text("summary.none"), "", "", ""));
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
    public static final String SUMMARY_TITLE = WORDING.text("summary.title");

    private static List<List<String>> blankRows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(String.valueOf(i), "", "", "", ""));
        }
        return rows;
    }
}
