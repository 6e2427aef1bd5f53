package cn.gov.zj.jxt.green.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y43", // the standard's own worked example
        "91330106MA2GL0001N", "12330206MB1PK0002A", "91330382MA2WH00031", "91330481MA2JX0004X"})
    void acceptsValidCodes(String code) {
        assertEquals(Optional.empty(), CreditCode.check(code));
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertEquals(Optional.of(CreditCode.Problem.CHECK_CHARACTER), CreditCode.check("91350100M000100Y44"));
    }

    @Test
    void detectsASingleMistypedCharacter() {
        // one character changed in the middle: the check character no longer fits
        assertEquals(Optional.of(CreditCode.Problem.CHECK_CHARACTER), CreditCode.check("91330106MA2GL0002N"));
    }

    @Test
    void refusesTheWrongLength() {
        assertEquals(Optional.of(CreditCode.Problem.LENGTH), CreditCode.check("91350100M000100Y4"));
        assertEquals(Optional.of(CreditCode.Problem.LENGTH), CreditCode.check(""));
        assertEquals(Optional.of(CreditCode.Problem.LENGTH), CreditCode.check(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100I43", "91350100M000100O43", "91350100M000100Z43", "9135010OM000100Y43",
        "91350100m000100Y43"})
    void refusesLettersOutsideTheCharset(String code) {
        assertEquals(Optional.of(CreditCode.Problem.CHARACTER), CreditCode.check(code));
    }

    @Test
    void refusesLettersInTheDivisionCode() {
        assertEquals(Optional.of(CreditCode.Problem.DIVISION_CODE), CreditCode.check("9135A100M000100Y43"));
    }

    @Test
    void normalisesWhatPeopleType() {
        assertEquals("91350100M000100Y43", CreditCode.normalise("  91350100m000100y43 "));
        assertTrue(CreditCode.isValid(CreditCode.normalise("91350100m000100y43")));
        assertFalse(CreditCode.isValid("91350100m000100y43"));
    }
}
