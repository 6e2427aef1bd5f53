package cn.gov.zj.jxt.green.domain.model.institution;

import java.util.List;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * The undertaking 承诺书 a third-party institution signs for each engagement (003 §二(一)), as a plain document
 * signed by the institution. Each numbered undertaking restates a rule of the originals, so the institution
 * signs to exactly what the rules require of it:
 * <ol>
 * <li>it meets the rules for institutions (003 §二(一));</li>
 * <li>it works per MIIT's 《绿色制造第三方评价工作要求》 and answers for the truth and accuracy of its report
 * (004 §(十二));</li>
 * <li>the same legal person with its affiliates does at most 10 projects of the batch (003 §二(一)), and an
 * institution of the same legal representative at most 15 national and 10 provincial projects a year
 * (004 §(二十二));</li>
 * <li>no falsification or concealment of the evaluated unit's problems (004 §(二十二), first paragraph);</li>
 * <li>it accepts supervision, named reports (004 §(二十三)) and the province's publication of how institutions
 * performed (004 §(二十二), second paragraph).</li>
 * </ol>
 * The signature lines are left blank for the legal representative's signature and the institution's seal; the
 * date is the one in the facts, printed under the institution's name as the renderers print every sign-off, so
 * the undertaking does not carry two dates that could disagree.
 */
public final class Undertakings {

    public static final String TITLE = "第三方评价机构承诺书";

    /** The rules, as the undertaking names them. */
    private static final String RULES = "《浙江省绿色（低碳）工厂梯度培育管理实施细则》（浙经信绿色〔2024〕105号，以下简称《实施细则》）";

    /** Full-width spaces leave room to sign and to seal on paper. */
    private static final String BLANK = "　　　　　　　　";

    private Undertakings() {
    }

    public static DocumentContent content(UndertakingFacts f) {
        List<String> body = List.of(
                f.institutionName() + "（统一社会信用代码：" + f.institutionCreditCode() + "）受"
                        + f.applicantName() + "（统一社会信用代码：" + f.applicantCreditCode() + "）委托，对其申报"
                        + f.year() + "年度" + f.unitType() + "（" + f.batchTitle() + "）开展第三方评价。本机构郑重承诺：",
                "1．本机构具备开展绿色制造评价的能力，符合" + RULES + "对第三方机构的要求。",
                "2．本机构按照工业和信息化部《绿色制造第三方评价工作要求》开展评价工作，对所出具评价报告的真实性和准确性负责"
                        + "（《实施细则》第十二条）。",
                "3．本机构（包括与本机构相关联的企事业单位）开展本批次省级绿色低碳工业园区、工厂评价项目总计不超过10项；"
                        + "与本机构同一法定代表人（" + f.legalRepresentative() + "）的第三方机构，" + f.year()
                        + "年度开展的国家层面绿色制造评价项目总计不超过15项、省级绿色制造评价项目总计不超过10项"
                        + "（《实施细则》第二十二条）。",
                "4．本机构不弄虚作假，不故意隐瞒评价对象存在的问题，所引用的数据和材料真实、准确、完整。",
                "5．本机构接受各级经济和信息化主管部门的监督检查和社会监督，同意省经济和信息化厅公布本机构开展评价工作的"
                        + "有关情况（《实施细则》第二十二条）。",
                "如违反上述承诺，本机构愿承担相应责任，并接受按《实施细则》有关规定作出的处理。",
                "法定代表人（签字）：" + BLANK,
                "单位（盖章）：" + BLANK);
        return new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency(f.institutionName())), null, TITLE,
                null, body, List.of(), f.date(), null, TITLE + "：" + f.institutionName() + "（" + f.applicantName() + "）");
    }
}
