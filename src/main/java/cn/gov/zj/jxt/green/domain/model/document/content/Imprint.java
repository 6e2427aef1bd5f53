package cn.gov.zj.jxt.green.domain.model.document.content;

import java.time.LocalDate;

/**
 * The 版记 at the foot of the last page (GB/T 9704 7.4): 抄送 (copy-to, may be {@code null}) and the printing line,
 * 印发机关 and 印发日期 (both {@code null} for a letter, whose 版记 has no printing line, 10.1).
 */
public record Imprint(String copyTo, String printedBy, LocalDate printedOn) {

    public Imprint {
        if ((printedBy == null) != (printedOn == null)) {
            throw new IllegalArgumentException("印发机关 and 印发日期 come together");
        }
    }

    public boolean hasPrintingLine() {
        return printedBy != null;
    }
}
