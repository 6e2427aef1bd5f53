package cn.gov.zj.jxt.green.domain.model.institution;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an undertaking 承诺书 is pre-filled with: who undertakes, for whom, in which batch.
 *
 * @param institutionName          the third-party institution's full name
 * @param institutionCreditCode    its unified social credit code
 * @param legalRepresentative      its legal representative, whose national projects 004 §(二十二) caps
 * @param applicantName            the unit evaluated
 * @param applicantCreditCode      its unified social credit code
 * @param unitType                 what it applies as: 绿色低碳工厂, 绿色低碳工业园区 or 绿色供应链管理企业 (004 §(四))
 * @param batchTitle               the batch, e.g. 2025年省级绿色低碳工业园区和工厂推荐
 * @param year                     the batch's year
 * @param date                     the date printed on the undertaking
 */
public record UndertakingFacts(String institutionName, String institutionCreditCode, String legalRepresentative,
        String applicantName, String applicantCreditCode, String unitType, String batchTitle, int year,
        LocalDate date) {

    public UndertakingFacts {
        institutionName = required(institutionName, "institutionName");
        institutionCreditCode = required(institutionCreditCode, "institutionCreditCode");
        legalRepresentative = required(legalRepresentative, "legalRepresentative");
        applicantName = required(applicantName, "applicantName");
        applicantCreditCode = required(applicantCreditCode, "applicantCreditCode");
        unitType = required(unitType, "unitType");
        batchTitle = required(batchTitle, "batchTitle");
        Objects.requireNonNull(date, "date");
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank: an undertaking is pre-filled with every fact");
        }
        return value.strip();
    }
}
