package cn.gov.zj.jxt.green.interfaces.park;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvWriter;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The province's list of parks for circular transformation (发改办环资〔2021〕1004号 §三(二)) as CSV, in the reader's
 * language: one line per park with an approved plan — its region, the plan's approval day, its acceptance, and the
 * outcomes its plan expects, in the order of §三(三).
 */
public final class TransformationPlanCsv {

    private final Locale locale;

    public TransformationPlanCsv(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** The file name people save: 园区循环化改造园区清单.csv. */
    public String fileName() {
        return Messages.text(locale, "circularParks.export.fileName") + ".csv";
    }

    public void write(List<PlanSummary> parks, OutputStream out) throws IOException {
        boolean english = locale.getLanguage().equals("en");
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of(Messages.text(locale, "plan.park"),
                Messages.text(locale, "circularParks.column.regionCode"), Messages.text(locale, "plan.region"),
                Messages.text(locale, "plans.approvedAt"), Messages.text(locale, "circularParks.acceptance")));
        List<String> indicators = parks.isEmpty() ? List.of()
                : List.copyOf(parks.get(0).outcomes().asMap().keySet());
        indicators.forEach(name -> header.add(Messages.text(locale, "plan.outcome." + name)));
        csv.row(header);
        for (PlanSummary park : parks) {
            List<String> row = new ArrayList<>(List.of(park.parkName(), park.region().getCode(),
                    english ? park.region().getNameEn() : park.region().getFullName(),
                    park.approvedAt() == null ? "" : park.approvedAt().toString(),
                    park.acceptance() == null ? "" : park.acceptance().name()));
            Map<String, BigDecimal> figures = park.outcomes().asMap();
            indicators.forEach(name -> row.add(figures.get(name).toPlainString()));
            csv.row(row);
        }
        csv.close();
    }
}
