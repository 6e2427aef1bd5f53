package cn.gov.zj.jxt.green.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.application.shared.InvalidInputException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theBundledListIsLoadedWithSomeThousandsOfEntries() {
        assertTrue(policy.listSize() > 5_000, "entries: " + policy.listSize());
    }

    @Test
    void passwordsOfTwelveCharactersOrMoreThatAreNoneOfTheBelowAreAccepted() {
        for (String password : List.of("Green2025demo", "Mine2025secret", "Expert2025test!", "Clerk2025test!",
                "correct horse battery staple", "绿色制造名单2025年度", "tz8-Kp4q-Ru7w")) {
            assertNull(policy.refusal(password, "it-expert-1a2b3c4d", "测试专家"), password);
        }
    }

    @Test
    void shortAndOverlongPasswordsAreRefused() {
        assertEquals("account.password.short", policy.refusal("Kp4q-Ru7w-z", "u", null), "11 characters");
        assertEquals("account.password.short", policy.refusal(null, "u", null));
        assertEquals("account.password.short", policy.refusal("password12", "u", null), "the issue's example");
        assertNull(policy.refusal("Kp4q-Ru7w-zx", "u", null), "12 characters");
        assertEquals("account.password.long", policy.refusal("Kp4q-Ru7w-zx".repeat(11), "u", null));
    }

    @Test
    void commonPasswordsAreRefusedAsTypedAndByTheirCore() {
        for (String password : List.of("qwertyuiop123", "1qaz2wsx3edc", "123456789012", "iloveyou1234",
                "Password2025!", "P@ssw0rd2025!", "!!Sunshine1990", "woaini131452", "Zhejiang2025!!", "000000000000",
                "Football12345", "admin1234567")) {
            assertEquals("account.password.common", policy.refusal(password, "someone", null), password);
        }
    }

    @Test
    void runsOfFewCharactersAndRepeatedPiecesAreRefused() {
        assertEquals("account.password.simple", policy.refusal("aaaaaaaaaaa1", "u", null), "the issue's example");
        assertEquals("account.password.simple", policy.refusal("xkcdxkcdxkcd", "u", null));
        assertEquals("account.password.simple", policy.refusal("ab12ab12ab12", "u", null));
        assertEquals("account.password.simple", policy.refusal("abc12abc12abc12", "u", null), "five characters, repeated");
    }

    @Test
    void passwordsContainingTheUsersOwnNamesAreRefused() {
        assertEquals("account.password.name", policy.refusal("Hangzhou-clerk-77", "hangzhou", "杭州市经办人"));
        assertEquals("account.password.name", policy.refusal("zyx-Lin.Xiao-2025", "u-42", "Lin Xiao"));
        assertEquals("account.password.name", policy.refusal("Xiaoqiang!9275", "it-42", "Wang Xiaoqiang"));
        assertEquals("account.password.name", policy.refusal("林晓的密码是2025年度", "it-42", "企业联系人 林晓"));
        assertNull(policy.refusal("Green2025demo", "xihu", "西湖区经办人"), "short parts of a name are not looked for");
    }

    @Test
    void aRefusalIsAViolationOfThePasswordField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> policy.check("password", "u", null));
        assertEquals("password", refused.violations().get(0).field());
        assertEquals("account.password.short", refused.violations().get(0).messageKey());
    }
}
