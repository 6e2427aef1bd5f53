package cn.gov.zj.jxt.green.interfaces.exclusion;

import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A bad row of an import as the clerk reads it: its number in the file and each problem in words. */
public record RejectedRow(int row, List<String> problems) implements Serializable {

    public static List<RejectedRow> of(ExclusionImportReport report, Locale locale) {
        return report.rejectedRows().stream()
                .map(r -> new RejectedRow(r.row(), r.problems().stream()
                        .map(p -> Messages.text(locale, p.messageKey(), p.parameters().toArray()))
                        .toList()))
                .toList();
    }
}
