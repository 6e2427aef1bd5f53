package cn.gov.zj.jxt.green.interfaces.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginBackingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "/workspace/organisations/view.xhtml?id=2, /workspace/organisations/view.xhtml?id=2",
        "NULL, /workspace/index.xhtml",
        "https://evil.example/, /workspace/index.xhtml",
        "//evil.example/x, /workspace/index.xhtml",
        "/\\evil.example, /workspace/index.xhtml",
        "/login.xhtml, /workspace/index.xhtml"})
    void returnsOnlyToPagesOfThisSite(String requested, String expected) {
        LoginBacking login = new LoginBacking();
        login.setReturnTo(requested);
        assertEquals(expected, login.safeReturn());
    }
}
