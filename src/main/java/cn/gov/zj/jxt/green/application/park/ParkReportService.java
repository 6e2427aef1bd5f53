package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.park.ParkReport;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Parks' yearly green low-carbon development reports (seed 000 §三(一)4): a listed park's management body (an
 * applicant account of a park) uploads the year's report as a PDF, checked like every upload; anyone reads the
 * reports on the park's unit page.
 */
public interface ParkReportService {

    /** One published report as the unit page lists it. */
    record Published(int year, String fileName, long size, Instant uploadedAt) {

        static Published of(ParkReport report) {
            return new Published(report.getYear(), report.getFileName(), report.getSize(), report.getUploadedAt());
        }
    }

    /**
     * Publishes the actor's park's report for {@code year}, replacing one uploaded before for that year. Refused
     * unless the actor acts for a park that is on a list, the year is from 2022 to this one, and the file is a sound
     * PDF within the size allowed.
     */
    Published upload(int year, String fileName, InputStream content);

    /** The reports of the organisation with this credit code, newest year first; anyone may read them. */
    List<Published> published(String creditCode);

    /** The reports of the actor's own organisation (applicants). */
    List<Published> own();

    /**
     * Makes sure the year-end reminder of the current year's reports exists as a deadline (a step of the start-up;
     * each reminder schedules the next year's).
     */
    void ensureCurrentYear();

    /** The report's PDF as uploaded; {@code RecordNotFoundException} when there is none. */
    FileDownload file(String creditCode, int year);
}
