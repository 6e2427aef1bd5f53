package cn.gov.zj.jxt.green.application.report;

/** What the deployment sets for named reports. */
public interface ReportSettings {

    /** How many days a city has to conclude a named report before the case goes up to the province. */
    int reportHandlingDays();
}
