package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The two documents of the publicity: the 公示 notice (plain format, unnumbered, the list as annex, 004 §(十六))
 * and the joint publication 联合发文 of the three agencies (文件 format, numbered, the list as annex, 003 §二(四)).
 * Their wording is the department's and so Chinese, whatever the reader's language; it lives in
 * document-templates/publicity.properties.
 */
public final class PublicityDocuments {

    /** The wording, beside the documents' templates: document-templates/publicity.properties. */
    private static final Wording WORDING = Wording.of("publicity");

    private PublicityDocuments() {
    }

    /** The title of the 公示 notice, which the publicity carries too. */
    public static String noticeTitle(String batchTitle) {
        return WORDING.text("notice.title", batchTitle);
    }

    public static DocumentContent notice(String batchTitle, LocalDate startDate, LocalDate lastDay,
            List<PublicityEntry> entries, String contact, LocalDate dated) {
        List<String> body = List.of(
                WORDING.text("notice.body.basis", batchTitle, entries.size()),
                WORDING.text("notice.body.period", batchTitle, DocumentContent.chineseDate(startDate),
                        DocumentContent.chineseDate(lastDay), lastDay.toEpochDay() - startDate.toEpochDay() + 1),
                WORDING.text("notice.body.objections", batchTitle),
                WORDING.text("notice.body.contact", batchTitle, contact));
        Annex annex = new Annex(1, WORDING.text("notice.annex.title", batchTitle), List.of(table(entries)));
        return new DocumentContent(DocumentFormat.PLAIN, List.of(Agency.ECONOMY), null, noticeTitle(batchTitle), null,
                body, List.of(annex), dated, null, WORDING.text("notice.registerTitle", batchTitle));
    }

    public static DocumentContent jointPublication(String batchTitle, LocalDate startDate, LocalDate lastDay,
            List<PublicityEntry> listed, LocalDate effective, LocalDate dated) {
        List<String> body = List.of(
                WORDING.text("jointPublication.body.listing", batchTitle, DocumentContent.chineseDate(startDate),
                        DocumentContent.chineseDate(lastDay), listed.size(), DocumentContent.chineseDate(effective)),
                WORDING.text("jointPublication.body.management", batchTitle));
        Annex annex = new Annex(1, WORDING.text("jointPublication.annex.title", batchTitle), List.of(table(listed)));
        return new DocumentContent(DocumentFormat.FILE,
                List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM, Agency.ECOLOGY_ENVIRONMENT), null,
                WORDING.text("jointPublication.title", batchTitle), WORDING.text("jointPublication.recipients"), body,
                List.of(annex), dated, new Imprint(null, WORDING.text("jointPublication.printedBy"), dated),
                WORDING.text("jointPublication.registerTitle", batchTitle));
    }

    private static AnnexBlock.Table table(List<PublicityEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (PublicityEntry e : entries) {
            rows.add(List.of(String.valueOf(++n), e.getUnitName(), e.getUnitType().documentName(), e.getCityName(),
                    e.getInstitutionName() == null ? "" : e.getInstitutionName()));
        }
        return new AnnexBlock.Table(WORDING.list("annex.columns"), List.of(1, 5, 3, 2, 4), rows);
    }
}
