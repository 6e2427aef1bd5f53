package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.infrastructure.demo.DemoNotices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One document of each format, as the layout tests and renderings use them. */
public final class SampleDocuments {

    private static final String[] CITIES = {"杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市", "金华市", "衢州市",
        "舟山市", "台州市", "丽水市"};
    private static final String[] INDUSTRIES = {"电气机械和器材制造业", "化学原料和化学制品制造业", "纺织业", "通用设备制造业",
        "汽车制造业", "医药制造业"};

    private SampleDocuments() {
    }

    /** 文件 format, one agency, with 抄送 and 印发 (like 浙经信绿色〔2024〕105号, seed 004). */
    public static DocumentContent file() {
        return new DocumentContent(DocumentFormat.FILE, List.of(Agency.ECONOMY), "浙经信绿色〔2024〕105号",
                "浙江省经济和信息化厅关于印发《浙江省绿色（低碳）工厂梯度培育管理实施细则》的通知", "各市、县（市、区）经信局",
                List.of("为进一步发挥绿色工厂在制造业绿色低碳转型中的基础性和导向性作用，加快形成规范化、长效化培育机制，打造绿色"
                        + "制造领军力量，根据工信部《绿色工厂梯度培育及管理暂行办法》要求，结合我省工作实际研究制定《浙江省绿色（低碳）"
                        + "工厂梯度培育管理实施细则》，现印发给你们。",
                        "一、总体要求",
                        "（一）培育机制。纵向形成省、市、县三级联动的绿色（低碳）工厂培育机制；横向形成绿色（低碳）工业园区、绿色供应链"
                        + "管理企业带动园区内、供应链上下游企业创建绿色（低碳）工厂的培育机制。",
                        "1.依法设立并具有独立法人资格或者独立核算的分支机构，且从事实际生产的制造型企业。",
                        "（1）注册地和实际生产场所在浙江省行政区域范围内。",
                        "请各地持续开展绿色制造体系建设，加快推动制造业绿色低碳高质量发展。"),
                List.of(Annex.separateFile(1, "浙江省绿色（低碳）工厂梯度培育管理实施细则")), LocalDate.of(2024, 5, 27),
                new Imprint("工业和信息化部节能与综合利用司，各设区市人民政府", "浙江省经济和信息化厅办公室",
                        LocalDate.of(2024, 5, 28)),
                "绿色（低碳）工厂梯度培育管理实施细则");
    }

    /** 信函格式: the 2025 call of seed 003 with its two annexes. */
    public static DocumentContent letter() {
        return DemoNotices.call2025();
    }

    /**
     * Joint issue of the three agencies with the list as a long annex table ({@code rows} rows), like the joint
     * publication of the provincial list.
     */
    public static DocumentContent joint(int rows) {
        List<List<String>> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(List.of(String.valueOf(i), CITIES[i % CITIES.length] + "示例绿色制造企业第" + i + "号有限公司",
                    CITIES[i % CITIES.length], INDUSTRIES[i % INDUSTRIES.length]));
        }
        return new DocumentContent(DocumentFormat.FILE,
                List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM, Agency.ECOLOGY_ENVIRONMENT), "浙经信绿色〔2025〕12号",
                "浙江省经济和信息化厅 浙江省发展和改革委员会 浙江省生态环境厅关于公布2025年浙江省绿色低碳工厂名单的通知",
                "各市、县（市、区）经信局、发展改革委（局）、生态环境局",
                List.of("根据《浙江省绿色（低碳）工厂梯度培育管理实施细则》，经企业申报、市级推荐、专家评审和公示等程序，确定2025年"
                        + "浙江省绿色低碳工厂名单（见附件），现予公布。",
                        "请各地加强对名单单位的动态管理，引导企业持续提升绿色制造水平。"),
                List.of(new Annex(1, "2025年浙江省绿色低碳工厂名单", List.of(new AnnexBlock.Table(
                        List.of("序号", "企业名称", "地市", "行业"), List.of(2, 10, 3, 7), list)))),
                LocalDate.of(2025, 12, 20),
                new Imprint("工业和信息化部节能与综合利用司", "浙江省经济和信息化厅办公室", LocalDate.of(2025, 12, 22)),
                "2025年浙江省绿色低碳工厂名单");
    }

    /** A plain 公示: title, body, sign-off; no number, no recipients. */
    public static DocumentContent plain() {
        return new DocumentContent(DocumentFormat.PLAIN, List.of(Agency.ECONOMY), null,
                "关于2025年省级绿色低碳工业园区和工厂拟入选名单的公示",
                null,
                List.of("根据《浙江省绿色（低碳）工厂梯度培育管理实施细则》，经市级推荐、专家评审，拟确定以下单位为2025年省级绿色"
                        + "低碳工业园区和工厂，现予以公示。",
                        "公示时间：2025年11月8日至2025年11月22日。",
                        "公示期间，如有异议，请以书面形式向省经信厅绿色制造处反映，并提供真实姓名、联系方式和相关证据材料。",
                        "联系电话：0571-87058126。"),
                List.of(new Annex(1, "2025年省级绿色低碳工厂拟入选名单", List.of(new AnnexBlock.Table(
                        List.of("序号", "企业名称", "地市", "第三方机构"), List.of(2, 10, 3, 8),
                        List.of(List.of("1", "杭州绿源精密制造有限公司（示例）", "杭州市", "自评价"),
                                List.of("2", "乐清电气绿能科技有限公司（示例）", "温州市", "浙江滨江绿色评价有限公司（示例）")))))),
                LocalDate.of(2025, 11, 7), null, "2025年省级绿色低碳工厂拟入选名单公示");
    }
}
