package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A park's yearly green low-carbon development report (seed 000 §三(一)4): who may publish one, for which year. */
class ParkReportTest {

    /** 2026-12-05 in Zhejiang. */
    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void aParkPublishesAReportForAYearFrom2022ToThisOne() {
        ParkReport report = new ParkReport(organisation(OrganisationType.PARK), 2025, "2025年度报告.pdf", "ab12", 2048,
                NOW, "ningbo-park");

        assertEquals(2025, report.getYear());
        assertEquals("2025年度报告.pdf", report.getFileName());
        assertEquals(2048, report.getSize());
        assertEquals("12330206MB1PK0002A", report.auditState().get("organisation"));
        assertTrue(ParkReport.yearAllowed(2022, NOW));
        assertTrue(ParkReport.yearAllowed(2026, NOW));
        assertFalse(ParkReport.yearAllowed(2021, NOW));
        assertFalse(ParkReport.yearAllowed(2027, NOW));
    }

    @Test
    void theYearFollowsTheOfficialDayInZhejiang() {
        Instant newYearInShanghai = Instant.parse("2026-12-31T16:30:00Z");

        assertTrue(ParkReport.yearAllowed(2027, newYearInShanghai), "00:30 on 1 January in Asia/Shanghai");
    }

    @Test
    void onlyAParkPublishesOneAndOnlyForTheProgrammesYears() {
        assertThrows(IllegalArgumentException.class, () -> new ParkReport(organisation(OrganisationType.ENTERPRISE),
                2025, "r.pdf", "ab", 1, NOW, "applicant"));
        assertThrows(IllegalArgumentException.class, () -> new ParkReport(organisation(OrganisationType.PARK), 2027,
                "r.pdf", "ab", 1, NOW, "ningbo-park"));
    }

    @Test
    void aNewUploadForTheSameYearReplacesTheFile() {
        ParkReport report = new ParkReport(organisation(OrganisationType.PARK), 2025, "old.pdf", "aa", 1, NOW, "a");
        Instant later = NOW.plusSeconds(60);

        report.replace("new.pdf", "bb", 2, later, "b");

        assertEquals("new.pdf", report.getFileName());
        assertEquals("bb", report.getSha256());
        assertEquals(later, report.getUploadedAt());
        assertEquals("b", report.getUploadedBy());
        assertEquals(2025, report.getYear());
    }

    private static Organisation organisation(OrganisationType type) {
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setCreditCode("12330206MB1PK0002A");
        organisation.setName("宁波临港绿色产业园区管理委员会（示例）");
        return organisation;
    }
}
