package cn.gov.zj.jxt.green.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void writesTheNumbersOfTheSeedDocuments() {
        assertEquals("浙经信绿色〔2024〕105号", new DocumentNumber(Issuer.GREEN.prefix(), 2024, 105).toString());
        assertEquals("浙经信绿色便函〔2025〕58号", new DocumentNumber(Issuer.GREEN_LETTER.prefix(), 2025, 58).toString());
        assertEquals("浙经信绿色〔2022〕1号", new DocumentNumber("浙经信绿色", 2022, 1).toString());
    }

    @Test
    void readsThemBack() {
        assertEquals(new DocumentNumber("浙经信绿色便函", 2025, 58), DocumentNumber.parse("浙经信绿色便函〔2025〕58号"));
        assertEquals(new DocumentNumber("工信部联节", 2013, 408), DocumentNumber.parse(" 工信部联节〔2013〕408号 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙经信绿色〔2024〕0105号", "浙经信绿色〔2024〕第105号", "浙经信绿色[2024]105号", "浙经信绿色〔24〕105号",
        "〔2024〕105号", "浙经信绿色〔2024〕105"})
    void refusesWhatTheStandardDoesNotWrite(String text) {
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse(text));
    }

    @Test
    void hasNoSerialZero() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentNumber("浙经信绿色", 2025, 0));
    }

    @Test
    void aSeriesCountsFromOne() {
        NumberSeries series = new NumberSeries("浙经信绿色", 2026);
        assertEquals("浙经信绿色〔2026〕1号", series.next().toString());
        assertEquals("浙经信绿色〔2026〕2号", series.next().toString());
        assertEquals(2, series.getLastSerial());
    }
}
