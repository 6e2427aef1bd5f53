package cn.gov.zj.jxt.green.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberSeriesTest {

    @Test
    void aSeriesContinuedFromPaperIssuesTheNextSerial() {
        NumberSeries series = new NumberSeries("浙经信绿色", 2031);
        series.continueAfter(41);
        assertEquals(42, series.next().serial());
        assertEquals(43, series.next().serial());
    }

    @Test
    void aSeriesIsContinuedOnlyBeforeThePortalIssuesInIt() {
        NumberSeries series = new NumberSeries("浙经信绿色", 2031);
        series.next();
        assertThrows(IllegalStateException.class, () -> series.continueAfter(41));
        assertEquals(2, series.next().serial());
    }

    @Test
    void aSeriesIsContinuedOnce() {
        NumberSeries series = new NumberSeries("浙经信绿色", 2031);
        series.continueAfter(41);
        assertThrows(IllegalStateException.class, () -> series.continueAfter(50));
        assertEquals(42, series.next().serial());
    }
}
