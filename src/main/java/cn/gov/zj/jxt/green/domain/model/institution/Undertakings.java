package cn.gov.zj.jxt.green.domain.model.institution;

import java.util.List;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;

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
 * the undertaking does not carry two dates that could disagree. The wording lives in
 * document-templates/undertaking.properties.
 */
public final class Undertakings {

    /** The wording, beside the undertaking's template: document-templates/undertaking.properties. */
    private static final Wording WORDING = Wording.of("undertaking");

    public static final String TITLE = WORDING.text("title");

    private Undertakings() {
    }

    public static DocumentContent content(UndertakingFacts f) {
        List<String> body = List.of(
                WORDING.text("body.engagement", f.institutionName(), f.institutionCreditCode(), f.applicantName(),
                        f.applicantCreditCode(), f.year(), f.unitType(), f.batchTitle()),
                WORDING.text("body.1"),
                WORDING.text("body.2"),
                WORDING.text("body.3", f.legalRepresentative(), f.year()),
                WORDING.text("body.4"),
                WORDING.text("body.5"),
                WORDING.text("body.breach"),
                WORDING.text("body.signature"),
                WORDING.text("body.seal"));
        return new DocumentContent(DocumentFormat.PLAIN, List.of(new Agency(f.institutionName())), null, TITLE,
                null, body, List.of(), f.date(), null,
                WORDING.text("registerTitle", TITLE, f.institutionName(), f.applicantName()));
    }
}
