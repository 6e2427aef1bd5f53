package cn.gov.zj.jxt.green.domain.model.exclusion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The six grounds of 004 §(十七), in the order and with the numbers of the rules. The short name is the term a
 * clerk writes in an import file; pages show the bundle's label ({@code enum.ExclusionGround.*}).
 */
public enum ExclusionGround {

    /** 工商注销、连续停产 12 个月以上、被列入经营异常名单且未被移出等. */
    NOT_OPERATING(1, "未正常经营生产"),
    /** 安全（含网络安全、数据安全）、质量、环境污染等事故以及偷漏税等违法违规行为. */
    ACCIDENT_OR_VIOLATION(2, "事故或违法违规"),
    /** 被动态调整出绿色制造名单. */
    REMOVED_FROM_LIST(3, "被动态调整出名单"),
    /** 在国务院及有关部委相关督查工作中被发现存在严重问题. */
    INSPECTION_FINDING(4, "督查发现严重问题"),
    /** 被列入工业节能监察整改名单且未按要求完成整改. */
    ENERGY_RECTIFICATION_PENDING(5, "节能监察未整改"),
    /** 企业被列为失信被执行人. */
    DISHONEST_DEBTOR(6, "失信被执行人");

    private final int item;
    private final String shortName;

    ExclusionGround(int item, String shortName) {
        this.item = item;
        this.shortName = shortName;
    }

    /** The item's number under 004 §(十七), 1 to 6. */
    public int item() {
        return item;
    }

    public String shortName() {
        return shortName;
    }

    /** The clause this ground cites, e.g. "004 §(十七) 3". */
    public String clause() {
        return "004 §(十七) " + item;
    }

    /**
     * The ground a clerk wrote: its item number ("3", also "3.0" as a spreadsheet may give a number), its short
     * name, or its constant's name.
     */
    public static Optional<ExclusionGround> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = text.strip();
        String number = clean.endsWith(".0") ? clean.substring(0, clean.length() - 2) : clean;
        return Arrays.stream(values())
                .filter(g -> String.valueOf(g.item).equals(number) || g.shortName.equals(clean)
                        || g.name().equals(clean.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
