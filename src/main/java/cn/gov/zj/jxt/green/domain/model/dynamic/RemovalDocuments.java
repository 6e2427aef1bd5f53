package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The removal announcement 移出公告 (004 §(十九)): a 公告 of the department, numbered in its register, with the
 * annex 动态管理调整名单 listing each removed entry with its ground and clause. Its wording is the department's and
 * so Chinese, whatever the reader's language; it lives in document-templates/removal-announcement.properties.
 */
public final class RemovalDocuments {

    /** The wording, beside the announcement's template: document-templates/removal-announcement.properties. */
    private static final Wording WORDING = Wording.of("removal-announcement");

    public static final String ANNEX_TITLE = WORDING.text("annex.title");

    private RemovalDocuments() {
    }

    /**
     * @param immediate whether this announcement publishes an immediate removal (accident or incident) rather than
     *        the yearly adjustment
     */
    public static DocumentContent announcement(int year, List<RemovalProposal> removals, boolean immediate,
            LocalDate dated) {
        String which = immediate ? "immediate" : "yearly";
        String title = WORDING.text("title." + which, year);
        List<String> body = List.of(WORDING.text("body." + which, year, removals.size()),
                WORDING.text("body.consequence"), WORDING.text("body.closing"));
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
                    WORDING.text("annex.ground", groundName(p.getGround()), clauseName(p.getGround()))));
        }
        return new AnnexBlock.Table(WORDING.list("annex.columns"), List.of(1, 5, 4, 2, 2, 3, 5), rows);
    }

    public static String levelName(ListLevel level) {
        return level.documentName();
    }

    /** The ground as the rules word it. */
    public static String groundName(RemovalGround ground) {
        return WORDING.text("ground." + ground.name());
    }

    /** The clause in the words of the rules (004 = 实施细则). */
    public static String clauseName(RemovalGround ground) {
        return WORDING.text("clause." + ground.name());
    }
}
