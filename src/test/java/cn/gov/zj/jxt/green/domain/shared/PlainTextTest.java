package cn.gov.zj.jxt.green.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names and texts refuse control and bidirectional formatting characters; multi-line texts keep their lines. */
class PlainTextTest {

    record Sample(@PlainText String name, @PlainText(multiline = true) String facts) {
    }

    private static PlainText.Validator validator(String field) throws NoSuchFieldException {
        PlainText.Validator validator = new PlainText.Validator();
        validator.initialize(Sample.class.getDeclaredField(field).getAnnotation(PlainText.class));
        return validator;
    }

    @Test
    void acceptsWhatPeopleType() throws Exception {
        PlainText.Validator name = validator("name");
        assertTrue(name.isValid("杭州绿源精密制造有限公司（示例）", null));
        assertTrue(name.isValid("Zhejiang Green Co., Ltd. — 2025 «test» ½ €", null));
        assertTrue(name.isValid("👩‍🔬 emoji with a joiner", null), "zero-width joiners make emoji");
        assertTrue(name.isValid(null, null), "null is left to @NotNull");
        assertTrue(validator("facts").isValid("第一段。\n第二段：\t缩进\r\n第三段", null));
    }

    @Test
    void refusesControlCharacters() throws Exception {
        PlainText.Validator name = validator("name");
        for (char c : new char[] {'\u0000', '\u0001', '\u0007', '\u001B', '\u001F', '\u007F', '\u0080', '\u0085',
                '\u009F'}) {
            assertFalse(name.isValid("名称" + c + "x", null), "U+" + Integer.toHexString(c));
            assertFalse(validator("facts").isValid("事实" + c + "x", null), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void refusesBidirectionalFormattingCharacters() throws Exception {
        PlainText.Validator name = validator("name");
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertFalse(name.isValid("invoice" + c + "fdp.exe", null), "U+" + Integer.toHexString(c));
            assertFalse(validator("facts").isValid("line\n" + c, null), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void allowsLineBreaksAndTabsOnlyInMultiLineText() throws Exception {
        for (String s : new String[] {"a\nb", "a\rb", "a\tb", "a\u2028b"}) {
            assertFalse(validator("name").isValid(s, null), s);
        }
        assertTrue(validator("facts").isValid("a\nb\tc\rd\u2028e", null));
    }

    @Test
    void namesTheFirstRefusedCharacter() {
        assertEquals(-1, PlainText.Validator.firstRefused("正常文本", false));
        assertEquals(2, PlainText.Validator.firstRefused("ab\u202Ec", false));
        assertEquals(1, PlainText.Validator.firstRefused("a\nb", false));
        assertEquals(-1, PlainText.Validator.firstRefused("a\nb", true));
    }
}
