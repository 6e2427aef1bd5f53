package cn.gov.zj.jxt.green.domain.model.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.ResidentIdNumber;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The period's arithmetic (004 §(十六)) and the identity number's check (GB 11643-1999). */
class PublicityRulesTest {

    @Test
    void fifteenCalendarDaysFromNovemberEighthEndAtMidnightOfTheTwentySecond() {
        LocalDate last = PublicityPeriod.lastDay(LocalDate.of(2023, 11, 8), 15);
        assertEquals(LocalDate.of(2023, 11, 22), last);
        // 24:00 Shanghai of the 22nd is 16:00 UTC that day.
        assertEquals(Instant.parse("2023-11-22T16:00:00Z"), PublicityPeriod.endsAt(last));
        assertEquals(Instant.parse("2023-11-07T16:00:00Z"), PublicityPeriod.startsAt(LocalDate.of(2023, 11, 8)));
        assertEquals(LocalDate.of(2023, 11, 8), PublicityPeriod.lastDay(LocalDate.of(2023, 11, 8), 1));
    }

    @Test
    void theCheckCharacterTheDateAndTheLengthDecide() {
        assertTrue(ResidentIdNumber.parse("11010519491231002X").isPresent(), "GB 11643's own example");
        assertTrue(ResidentIdNumber.parse("11010519491231002x").isPresent(), "a lower-case x is the same");
        assertTrue(ResidentIdNumber.parse("330102198503151232").isPresent());
        assertFalse(ResidentIdNumber.parse("110105194912310021").isPresent(), "wrong check character");
        assertFalse(ResidentIdNumber.parse("330102198502301235").isPresent(), "no February 30");
        assertFalse(ResidentIdNumber.parse("11010519491231002").isPresent(), "17 characters");
        assertFalse(ResidentIdNumber.parse(null).isPresent());
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
    }

    @Test
    void theNumberShowsOnlyMasked() {
        ResidentIdNumber number = ResidentIdNumber.parse("33010619900101123X").orElseThrow();
        assertEquals("3301**********123X", number.masked());
        assertEquals("3301**********123X", number.toString(), "never the clear number by accident");
    }
}
