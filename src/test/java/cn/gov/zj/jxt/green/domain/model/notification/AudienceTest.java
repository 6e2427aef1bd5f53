package cn.gov.zj.jxt.green.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.account.Role;

class AudienceTest {

    private static final Recipient HANGZHOU_CLERK = new Recipient(1, Role.CITY_CLERK, "330100", null);
    private static final Recipient NINGBO_CLERK = new Recipient(2, Role.CITY_CLERK, "330200", null);
    private static final Recipient XIHU_CLERK = new Recipient(3, Role.COUNTY_CLERK, "330106", null);
    private static final Recipient APPLICANT = new Recipient(4, Role.APPLICANT, null, 70L);
    private static final Recipient PROVINCE_CLERK = new Recipient(5, Role.PROVINCE_CLERK, null, null);

    @Test
    void aCityAudienceReachesThatCitysClerksOnly() {
        Audience hangzhou = Audience.role(Role.CITY_CLERK, "330100");
        assertTrue(hangzhou.reaches(HANGZHOU_CLERK));
        assertFalse(hangzhou.reaches(NINGBO_CLERK), "another city");
        assertFalse(hangzhou.reaches(XIHU_CLERK), "a county of the city is not the city (003 §三: the city nominates)");
        assertFalse(hangzhou.reaches(PROVINCE_CLERK));
    }

    @Test
    void aRoleWithoutRegionReachesEveryAccountOfTheRole() {
        Audience cityClerks = Audience.role(Role.CITY_CLERK, null);
        assertTrue(cityClerks.reaches(HANGZHOU_CLERK));
        assertTrue(cityClerks.reaches(NINGBO_CLERK));
        assertFalse(cityClerks.reaches(XIHU_CLERK), "county clerks are another role");
        assertTrue(Audience.role(Role.PROVINCE_CLERK, null).reaches(PROVINCE_CLERK));
    }

    @Test
    void aCountyAudienceReachesItsCountyClerk() {
        assertTrue(Audience.role(Role.COUNTY_CLERK, "330106").reaches(XIHU_CLERK));
        assertFalse(Audience.role(Role.COUNTY_CLERK, "330100").reaches(XIHU_CLERK), "the city's code names no county");
    }

    @Test
    void anAccountAudienceReachesThatAccountWhateverItsRole() {
        assertTrue(Audience.account(2).reaches(NINGBO_CLERK));
        assertFalse(Audience.account(2).reaches(HANGZHOU_CLERK));
    }

    @Test
    void anOrganisationAudienceReachesItsAccountsOnly() {
        assertTrue(Audience.organisation(70).reaches(APPLICANT));
        assertFalse(Audience.organisation(71).reaches(APPLICANT));
        assertFalse(Audience.organisation(70).reaches(HANGZHOU_CLERK), "an account without an organisation");
    }

    @Test
    void thePublicHasNoInbox() {
        assertThrows(IllegalArgumentException.class, () -> Audience.role(Role.PUBLIC, null));
    }

    @Test
    void theAuditLogNamesTheAudience() {
        assertEquals("ROLE:CITY_CLERK@330100", Audience.role(Role.CITY_CLERK, "330100").toString());
        assertEquals("ROLE:CITY_CLERK", Audience.role(Role.CITY_CLERK, null).toString());
        assertEquals("ORGANISATION:7", Audience.organisation(7).toString());
        assertEquals("ACCOUNT:12", Audience.account(12).toString());
    }

    @Test
    void aLinkMustBeAPageOfThePortal() {
        assertTrue(Notification.isPortalPath("/workspace/notices/view.xhtml?id=50"));
        assertTrue(Notification.isPortalPath("/workspace/index.xhtml#notifications"));
        assertFalse(Notification.isPortalPath("https://evil.example/"), "another site");
        assertFalse(Notification.isPortalPath("//evil.example/"), "a protocol-relative address is another site");
        assertFalse(Notification.isPortalPath("/\\evil.example/"), "browsers read a backslash as a slash");
        assertFalse(Notification.isPortalPath("javascript:alert(1)"));
        assertFalse(Notification.isPortalPath("/a b"), "blanks");
        assertThrows(IllegalArgumentException.class, () -> new Notification("general", Audience.account(1), "s", "b",
                "https://evil.example/", null, Instant.EPOCH, "system"));
    }

    @Test
    void aSubjectOfLongNamesIsShortenedNotRefusedAndAReminderExpiresWithItsDeadline() {
        String longName = "某".repeat(200);
        String subject = Notification.shortSubject("【承诺书】" + longName + "已为" + longName + "上传签章的承诺书");
        assertEquals(Notification.MAX_SUBJECT, subject.length());
        assertTrue(subject.startsWith("【承诺书】某") && subject.endsWith("…"), subject);
        assertEquals("【提醒】短标题", Notification.shortSubject(" 【提醒】短标题 "), "a short one as it is");

        Instant deadline = Instant.parse("2022-06-30T16:00:00Z");
        Notification reminder = new Notification("deadline.reminder", Audience.account(1), "【提醒】", "", null, null,
                deadline.minusSeconds(7 * 86_400), "system", deadline);
        assertFalse(reminder.expiredAt(deadline.minusSeconds(1)), "pending until 24:00 of the deadline");
        assertTrue(reminder.expiredAt(deadline), "expired from that instant");
        assertFalse(new Notification("general", Audience.account(1), "s", "", null, null, Instant.EPOCH, "system")
                .expiredAt(Instant.MAX), "a notification without a deadline never expires");
    }
}
