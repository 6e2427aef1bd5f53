package cn.gov.zj.jxt.green.interfaces.listing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryPageFilterTest {

    private static final String PAGE = "<html lang=\"zh-CN\"><a id=\"english\" class=\"language-switch\" "
            + "href=\"/units.xhtml?lang=en\" lang=\"en\" data-lang=\"en\">English</a><main><h1>名单查询</h1>"
            + RegistryPageFilter.CONTENT + "</main><footer/></html>";

    @Test
    void theLayoutIsSplitWhereTheSwitchsAddressAndTheContentGo() {
        RegistryPageFilter.Layout layout = RegistryPageFilter.Layout.of(PAGE).orElseThrow();
        assertEquals("en", layout.switchLanguage());
        String page = layout.beforeSwitch() + "/units.xhtml?city=330100&amp;lang=en" + layout.beforeContent()
                + "<table/>" + layout.afterContent();
        assertEquals(PAGE.replace("/units.xhtml?lang=en", "/units.xhtml?city=330100&amp;lang=en")
                .replace(RegistryPageFilter.CONTENT, "<table/>"), page);
    }

    @Test
    void aLayoutWithoutOneMarkerOrOneSwitchIsNotUsed() {
        assertTrue(RegistryPageFilter.Layout.of(PAGE.replace(RegistryPageFilter.CONTENT, "")).isEmpty());
        assertTrue(RegistryPageFilter.Layout.of(PAGE + RegistryPageFilter.CONTENT).isEmpty(), "two markers");
        assertTrue(RegistryPageFilter.Layout.of(PAGE.replace("class=\"language-switch\" ", "")).isEmpty());
        assertEquals(Optional.empty(), RegistryPageFilter.Layout.of(""));
    }
}
