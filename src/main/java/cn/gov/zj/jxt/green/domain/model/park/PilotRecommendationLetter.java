package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The joint recommendation letter of a pilot call (seed 002 §四(二)): the province's 经信厅 and 发改委 recommend the
 * two or three parks they shortlisted to the two ministries, in the 文件 format of a joint issue, with the
 * shortlist as its annex. The wording is in document-templates/pilot-recommendation.properties.
 */
public final class PilotRecommendationLetter {

    private static final Wording WORDING = Wording.of("pilot-recommendation");

    private PilotRecommendationLetter() {
    }

    /** One line of the annex: the park, its kind of zone, where it is, its three years of figures. */
    public record Line(String park, ZoneKind zoneKind, String place, List<PilotYear> years) {
    }

    public static DocumentContent content(PilotCall call, int applied, List<Line> shortlist, LocalDate dated) {
        Objects.requireNonNull(call);
        if (!PilotCall.sendable(shortlist.size())) {
            throw new IllegalArgumentException("a shortlist of two or three, not " + shortlist.size());
        }
        List<String> body = List.of(
                WORDING.text("body.recommendation", call.getTitle(), applied, shortlist.size()),
                WORDING.text("body.contact"));
        Annex annex = new Annex(1, WORDING.text("annex.title", call.getYear()), List.of(table(shortlist)));
        return new DocumentContent(DocumentFormat.FILE, List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM), null,
                WORDING.text("title", call.getYear()), WORDING.text("recipients"), body, List.of(annex), dated,
                new Imprint(null, WORDING.text("printedBy"), dated),
                WORDING.text("registerTitle", call.getTitle()));
    }

    private static AnnexBlock.Table table(List<Line> shortlist) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Line line : shortlist) {
            rows.add(List.of(String.valueOf(++n), line.park(), WORDING.text("zone." + line.zoneKind().name()),
                    line.place(), intensities(line)));
        }
        return new AnnexBlock.Table(WORDING.list("annex.columns"), List.of(1, 5, 3, 3, 4), rows);
    }

    /** The three years' CO2 per 10,000 yuan of added value, oldest first, as annex.intensity words each. */
    private static String intensities(Line line) {
        return line.years().stream().map(y -> {
            BigDecimal intensity = y.carbonIntensity();
            return WORDING.text("annex.intensity", String.valueOf(y.getYear()),
                    intensity == null ? WORDING.text("annex.noIntensity") : intensity.toPlainString());
        }).collect(Collectors.joining(WORDING.text("annex.intensitySeparator")));
    }
}
