package cn.gov.zj.jxt.green.domain.model.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A publicity period's course (004 §(十六)): scheduled, open, suspended and resumed, closed, concluded, published. */
class PublicityTest {

    private static final Instant CREATED = Instant.parse("2025-11-03T02:00:00Z");
    /** 00:00 Shanghai of November 8, the first day, and 24:00 of November 22, the fifteenth. */
    private static final Instant STARTS = Instant.parse("2025-11-07T16:00:00Z");
    private static final Instant ENDS = Instant.parse("2025-11-22T16:00:00Z");
    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);
    private static final Batch BATCH = new Batch(2025, ListLevel.PROVINCIAL, "2025年省级绿色低碳工厂推荐",
            EnumSet.allOf(UnitType.class),
            new Batch.Deadlines(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), 7),
            new Batch.Caps(10, 15), Map.of("330100", 20), CREATED, "province");

    static Application application(String name, OrganisationType type) {
        Organisation organisation = new Organisation();
        organisation.setType(type);
        organisation.setName(name);
        organisation.setRegion(HANGZHOU);
        return new Application(BATCH, organisation, HANGZHOU, CREATED);
    }

    static Publicity publicity() {
        return new Publicity(BATCH, "2025年省级绿色低碳工厂拟认定名单公示", LocalDate.of(2025, 11, 8), 15,
                "0571-87000000", List.of(application("杭州绿能电机有限公司", OrganisationType.ENTERPRISE),
                        application("杭州湾绿色园区", OrganisationType.PARK)), "province", CREATED);
    }

    private static IssuedDocument document(String title) {
        return new IssuedDocument(DocumentFormat.FILE, title, null, null, "浙经信绿色〔2025〕30号", "浙江省经济和信息化厅",
                LocalDate.of(2025, 11, 3), CREATED, "province",
                new IssuedDocument.Files("aa".repeat(32), 1024, "bb".repeat(32), 2048), null);
    }

    private static Publicity closed() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        publicity.close(ENDS);
        return publicity;
    }

    @Test
    void aNewPeriodIsScheduledWithTheListFrozenInItsOrder() {
        Publicity publicity = publicity();
        assertEquals(PublicityStatus.SCHEDULED, publicity.getStatus());
        assertEquals(LocalDate.of(2025, 11, 22), publicity.getLastDay());
        assertEquals(STARTS, publicity.startsAt());
        assertEquals(ENDS, publicity.getEndsAt());
        List<PublicityEntry> entries = publicity.getEntries();
        assertEquals(List.of(1, 2), entries.stream().map(PublicityEntry::getPosition).toList());
        assertEquals(List.of("杭州绿能电机有限公司", "杭州湾绿色园区"), entries.stream().map(PublicityEntry::getUnitName).toList());
        assertEquals(List.of(UnitType.FACTORY, UnitType.PARK),
                entries.stream().map(PublicityEntry::getUnitType).toList());
        assertEquals("330100", entries.get(0).getCityCode());
        assertEquals("杭州市", entries.get(0).getCityName());
        assertNull(entries.get(0).getInstitutionName(), "a self-evaluation names no institution");
        assertSame(publicity, entries.get(0).getPublicity());
        assertEquals(entries, publicity.listed());
    }

    @Test
    void aPeriodWithoutAnyoneToPubliciseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Publicity(BATCH, "公示",
                LocalDate.of(2025, 11, 8), 15, "0571-87000000", List.of(), "province", CREATED));
        assertEquals("nothing to publicise", e.getMessage());
    }

    @Test
    void theNoticeThatAnnouncesItIsAttachedAfterwards() {
        Publicity publicity = publicity();
        IssuedDocument notice = document("关于公示的通知");
        publicity.announcedBy(notice);
        assertSame(notice, publicity.getNotice());
        assertEquals(PublicityStatus.SCHEDULED, publicity.getStatus());
    }

    @Test
    void objectionsAreTakenFromTheFirstInstantUntilBeforeTheLast() {
        Publicity publicity = publicity();
        assertFalse(publicity.takesObjectionsAt(STARTS.minusSeconds(1)), "not begun");
        assertTrue(publicity.takesObjectionsAt(STARTS), "scheduled, its opening not yet recorded, but begun");
        publicity.open(STARTS);
        assertTrue(publicity.takesObjectionsAt(ENDS.minusSeconds(1)), "23:59:59 of the last day");
        assertFalse(publicity.takesObjectionsAt(ENDS), "24:00 is over");
        publicity.suspend("核实材料", STARTS.plusSeconds(3600));
        assertFalse(publicity.takesObjectionsAt(STARTS.plusSeconds(7200)), "suspended");
    }

    @Test
    void theOpeningDeadlineOpensAScheduledPeriodOnce() {
        Publicity publicity = publicity();
        assertTrue(publicity.open(STARTS));
        assertEquals(PublicityStatus.OPEN, publicity.getStatus());
        assertEquals(STARTS, publicity.getOpenedAt());
        assertFalse(publicity.open(STARTS.plusSeconds(1)), "a second trigger changes nothing");
        assertEquals(STARTS, publicity.getOpenedAt());

        Publicity suspended = publicity();
        suspended.suspend("核实材料", CREATED);
        assertFalse(suspended.open(STARTS), "a suspended period waits for its resume");
        assertEquals(PublicityStatus.SUSPENDED, suspended.getStatus());
        assertNull(suspended.getOpenedAt());
    }

    @Test
    void theClosingDeadlineClosesARunningPeriodOnceAndLeavesASuspendedOneWaiting() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        assertTrue(publicity.close(ENDS));
        assertEquals(PublicityStatus.CLOSED, publicity.getStatus());
        assertEquals(ENDS, publicity.getClosedAt());
        assertFalse(publicity.close(ENDS.plusSeconds(1)), "closed once");
        assertEquals(ENDS, publicity.getClosedAt());

        Publicity neverOpened = publicity();
        assertTrue(neverOpened.close(ENDS), "a late opening trigger does not keep the period running");
        assertEquals(PublicityStatus.CLOSED, neverOpened.getStatus());

        Publicity suspended = publicity();
        suspended.open(STARTS);
        suspended.suspend("核实材料", STARTS.plusSeconds(60));
        assertFalse(suspended.close(ENDS));
        assertEquals(PublicityStatus.SUSPENDED, suspended.getStatus());
        assertNull(suspended.getClosedAt());
    }

    @Test
    void anExtensionMovesTheEndLaterWithItsPublicReason() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        publicity.extend(LocalDate.of(2025, 11, 25), "收到异议，延长公示期");
        assertEquals(LocalDate.of(2025, 11, 25), publicity.getLastDay());
        assertEquals(Instant.parse("2025-11-25T16:00:00Z"), publicity.getEndsAt());
        assertEquals("收到异议，延长公示期", publicity.getPublicNote());
        assertEquals(PublicityStatus.OPEN, publicity.getStatus());

        Publicity scheduled = publicity();
        scheduled.extend(LocalDate.of(2025, 11, 23), "延长一日");
        assertEquals(LocalDate.of(2025, 11, 23), scheduled.getLastDay());
    }

    @Test
    void anExtensionEndsLaterAndOnlyARunningPeriodIsExtended() {
        Publicity publicity = publicity();
        assertThrows(IllegalArgumentException.class, () -> publicity.extend(LocalDate.of(2025, 11, 22), "同日"));
        assertThrows(IllegalArgumentException.class, () -> publicity.extend(LocalDate.of(2025, 11, 20), "提前"));
        assertEquals(ENDS, publicity.getEndsAt());
        assertNull(publicity.getPublicNote());

        Publicity suspended = publicity();
        suspended.suspend("核实材料", CREATED);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> suspended.extend(LocalDate.of(2025, 11, 30), "延长"));
        assertEquals("only a running period is extended", e.getMessage());
        assertThrows(IllegalStateException.class, () -> closed().extend(LocalDate.of(2025, 11, 30), "延长"));
    }

    @Test
    void aSuspensionStopsARunningPeriodWithItsPublicReason() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        publicity.suspend("名单有误，暂停公示", STARTS.plusSeconds(3600));
        assertEquals(PublicityStatus.SUSPENDED, publicity.getStatus());
        assertEquals(STARTS.plusSeconds(3600), publicity.getSuspendedAt());
        assertEquals("名单有误，暂停公示", publicity.getPublicNote());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> publicity.suspend("again", STARTS.plusSeconds(7200)));
        assertEquals("only a running period is suspended", e.getMessage());
        assertThrows(IllegalStateException.class, () -> closed().suspend("x", ENDS));
    }

    @Test
    void aResumedPeriodRunsAgainAsItWasUntilItsNewEnd() {
        Publicity open = publicity();
        open.open(STARTS);
        open.suspend("核实材料", STARTS.plusSeconds(3600));
        open.resume(LocalDate.of(2025, 11, 28), "核实完毕，恢复公示", STARTS.plusSeconds(86_400));
        assertEquals(PublicityStatus.OPEN, open.getStatus());
        assertEquals(LocalDate.of(2025, 11, 28), open.getLastDay());
        assertEquals(Instant.parse("2025-11-28T16:00:00Z"), open.getEndsAt());
        assertNull(open.getSuspendedAt());
        assertEquals("核实完毕，恢复公示", open.getPublicNote());

        Publicity scheduled = publicity();
        scheduled.suspend("核实材料", CREATED);
        scheduled.resume(LocalDate.of(2025, 11, 22), "恢复", CREATED.plusSeconds(60));
        assertEquals(PublicityStatus.SCHEDULED, scheduled.getStatus(), "resumed before its start: not yet begun");
        assertNull(scheduled.getOpenedAt());
        assertTrue(scheduled.open(STARTS), "the opening deadline still opens it");
    }

    @Test
    void aPeriodSuspendedBeforeItsStartAndResumedAfterItIsOpen() {
        Publicity publicity = publicity();
        publicity.suspend("核实材料", CREATED);
        assertFalse(publicity.open(STARTS), "the opening deadline rings while it is suspended");
        Instant resumedAt = STARTS.plusSeconds(2 * 86_400);
        publicity.resume(LocalDate.of(2025, 11, 24), "核实完毕，恢复公示并顺延", resumedAt);
        assertEquals(PublicityStatus.OPEN, publicity.getStatus(), "begun, with no opening deadline left to open it");
        assertEquals(resumedAt, publicity.getOpenedAt(), "open since the resume");
        assertTrue(publicity.takesObjectionsAt(resumedAt));
        assertFalse(publicity.open(resumedAt.plusSeconds(1)), "a late opening trigger changes nothing");
        assertEquals(resumedAt, publicity.getOpenedAt());

        Publicity atTheStart = publicity();
        atTheStart.suspend("核实材料", CREATED);
        atTheStart.resume(LocalDate.of(2025, 11, 22), "恢复", STARTS);
        assertEquals(PublicityStatus.OPEN, atTheStart.getStatus(), "00:00 of the first day is begun");
        assertEquals(STARTS, atTheStart.getOpenedAt());
    }

    @Test
    void aResumedPeriodThatHadOpenedKeepsItsOpening() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        publicity.suspend("核实材料", STARTS.plusSeconds(3600));
        publicity.resume(LocalDate.of(2025, 11, 24), "恢复", STARTS.plusSeconds(86_400));
        assertEquals(PublicityStatus.OPEN, publicity.getStatus());
        assertEquals(STARTS, publicity.getOpenedAt());
    }

    @Test
    void onlyASuspendedPeriodResumesAndOnlyToAnEndAhead() {
        Publicity running = publicity();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> running.resume(LocalDate.of(2025, 11, 28), "恢复", CREATED));
        assertEquals("only a suspended period resumes", e.getMessage());

        Publicity suspended = publicity();
        suspended.open(STARTS);
        suspended.suspend("核实材料", STARTS.plusSeconds(60));
        Instant resumedAt = Instant.parse("2025-11-25T02:00:00Z");
        assertThrows(IllegalArgumentException.class,
                () -> suspended.resume(LocalDate.of(2025, 11, 24), "恢复", resumedAt), "ended yesterday");
        assertThrows(IllegalArgumentException.class,
                () -> suspended.resume(LocalDate.of(2025, 11, 24), "恢复", Instant.parse("2025-11-24T16:00:00Z")),
                "ends the instant it resumes");
        assertEquals(PublicityStatus.SUSPENDED, suspended.getStatus());
        assertEquals(ENDS, suspended.getEndsAt());
    }

    @Test
    void aResumeEndsNoEarlierThanTheCurrentLastDay() {
        Publicity publicity = publicity();
        publicity.open(STARTS);
        publicity.suspend("核实材料", STARTS.plusSeconds(3600));
        Instant resumedAt = STARTS.plusSeconds(86_400);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> publicity.resume(LocalDate.of(2025, 11, 21), "恢复", resumedAt), "a day short");
        assertEquals("a resumed period ends no earlier than 2025-11-22", e.getMessage());
        assertEquals(PublicityStatus.SUSPENDED, publicity.getStatus());
        assertEquals(ENDS, publicity.getEndsAt());

        publicity.resume(LocalDate.of(2025, 11, 22), "恢复，截止日期不变", resumedAt);
        assertEquals(PublicityStatus.OPEN, publicity.getStatus(), "the same last day is allowed");
        assertEquals(ENDS, publicity.getEndsAt());
    }

    @Test
    void aClosedPeriodIsConcludedThenPublishedOnce() {
        Publicity publicity = closed();
        publicity.conclude(ENDS.plusSeconds(86_400));
        assertEquals(PublicityStatus.CONCLUDED, publicity.getStatus());
        assertEquals(ENDS.plusSeconds(86_400), publicity.getConcludedAt());

        IssuedDocument publication = document("关于公布2025年省级绿色低碳工厂名单的通知");
        Instant publishedAt = ENDS.plusSeconds(5 * 86_400);
        publicity.published(publication, LocalDate.of(2025, 12, 1), publishedAt);
        assertSame(publication, publicity.getPublication());
        assertEquals(LocalDate.of(2025, 12, 1), publicity.getEffectiveDate());
        assertEquals(publishedAt, publicity.getPublishedAt());
        assertEquals(PublicityStatus.CONCLUDED, publicity.getStatus());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> publicity.published(document("再次"), LocalDate.of(2025, 12, 2), publishedAt.plusSeconds(1)));
        assertEquals("published once, after conclusion", e.getMessage());
        assertSame(publication, publicity.getPublication());
    }

    @Test
    void onlyAClosedPeriodIsConcludedAndOnlyAConcludedOnePublished() {
        Publicity publicity = publicity();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> publicity.conclude(CREATED));
        assertEquals("only a closed period is concluded", e.getMessage());
        publicity.open(STARTS);
        assertThrows(IllegalStateException.class, () -> publicity.conclude(STARTS));
        assertThrows(IllegalStateException.class,
                () -> publicity.published(document("名单"), LocalDate.of(2025, 12, 1), STARTS), "still open");
        Publicity closed = closed();
        assertThrows(IllegalStateException.class,
                () -> closed.published(document("名单"), LocalDate.of(2025, 12, 1), ENDS), "not yet concluded");
        closed.conclude(ENDS);
        assertThrows(IllegalStateException.class, () -> closed.conclude(ENDS), "concluded once");
        assertNull(closed.getPublication());
    }

    @Test
    void aWithdrawnEntryLeavesTheListButStaysOnRecordWithTheFirstReason() {
        Publicity publicity = publicity();
        PublicityEntry first = publicity.getEntries().get(0);
        publicity.withdraw(first, "异议成立：能耗数据不实", STARTS.plusSeconds(60));
        assertFalse(first.isListed());
        assertEquals("异议成立：能耗数据不实", first.getWithdrawnReason());
        assertEquals(STARTS.plusSeconds(60), first.getWithdrawnAt());
        assertEquals(List.of(publicity.getEntries().get(1)), publicity.listed());
        assertEquals(2, publicity.getEntries().size());

        publicity.withdraw(first, "second reason", STARTS.plusSeconds(120));
        assertEquals("异议成立：能耗数据不实", first.getWithdrawnReason(), "the first reason stands");
        assertEquals(STARTS.plusSeconds(60), first.getWithdrawnAt());
    }

    @Test
    void anEntryOfAnotherListIsNotWithdrawnHere() {
        Publicity publicity = publicity();
        PublicityEntry foreign = publicity().getEntries().get(0);
        assertThrows(IllegalArgumentException.class, () -> publicity.withdraw(foreign, "x", STARTS));
        assertTrue(foreign.isListed());
        assertEquals(2, publicity.listed().size());
    }

    @Test
    void anEntryIsWithdrawnAfterTheCloseButNotOnceThePeriodIsConcluded() {
        Publicity publicity = closed();
        PublicityEntry first = publicity.getEntries().get(0);
        publicity.withdraw(first, "异议成立", ENDS.plusSeconds(60));
        assertFalse(first.isListed(), "objections still open at the close are decided after it");

        publicity.conclude(ENDS.plusSeconds(120));
        PublicityEntry second = publicity.getEntries().get(1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> publicity.withdraw(second, "异议成立", ENDS.plusSeconds(180)));
        assertTrue(e.getMessage().endsWith("is concluded"), e.getMessage());
        assertTrue(second.isListed());
        assertEquals(List.of(second), publicity.listed());
    }
}
