package cn.gov.zj.jxt.green.interfaces.park;

import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.domain.model.park.ParkProgress;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvWriter;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A year's park targets and progress as CSV, in the reader's language: one line per city (code, name, target,
 * achieved, still to build), then the province's total.
 */
public final class ParkTargetCsv {

    private static final String[] COLUMNS = {"cityCode", "city", "target", "achieved", "remaining"};

    private final Locale locale;

    public ParkTargetCsv(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** The file name people save: 绿色低碳工业园区建设目标-2022.csv. */
    public String fileName(int year) {
        return Messages.text(locale, "parkTargets.export.fileName") + "-" + year + ".csv";
    }

    public void write(ParkTargetService.Report report, OutputStream out) throws IOException {
        boolean english = locale.getLanguage().equals("en");
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(Messages.text(locale, "parkTargets.column." + column));
        }
        csv.row(header);
        ParkProgress progress = report.progress();
        for (ParkProgress.CityProgress city : progress.cities()) {
            csv.row(List.of(city.city().getCode(), english ? city.city().getNameEn() : city.city().getName(),
                    String.valueOf(city.target()), String.valueOf(city.achieved()), String.valueOf(city.remaining())));
        }
        csv.row(List.of("", Messages.text(locale, "parkTargets.total"), String.valueOf(progress.totalTarget()),
                String.valueOf(progress.totalAchieved()),
                String.valueOf(progress.totalRemaining())));
        csv.close();
    }
}
