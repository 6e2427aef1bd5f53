package cn.gov.zj.jxt.green.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

    @Test
    void aCodeIsSixteenBase32CharactersAndFreshEachTime() {
        String code = ReceiptCode.generate();
        assertTrue(code.matches("[A-Z2-7]{16}"), code);
        assertNotEquals(code, ReceiptCode.generate());
    }

    @Test
    void theHashIgnoresHowTheCodeIsTyped() {
        String code = "ABCDEFGH23456712";
        assertEquals(ReceiptCode.hash(code), ReceiptCode.hash(" abcd-efgh 2345-6712 "));
        assertEquals(64, ReceiptCode.hash(code).length());
        assertNotEquals(ReceiptCode.hash(code), ReceiptCode.hash("ABCDEFGH23456713"));
    }
}
