package cn.gov.zj.jxt.green.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadline notifications read as they did when their texts were written into the code. */
class NotificationTextsTest {

    private static final Object[] BATCH = {"2025年省级绿色低碳工业园区和工厂推荐", 2025,
            NotificationTexts.date(LocalDate.of(2025, 6, 30)), NotificationTexts.date(LocalDate.of(2025, 7, 31))};

    @Test
    void batchDeadlines() {
        assertEquals("【提醒】2025年省级绿色低碳工业园区和工厂推荐推荐材料将于2025年6月30日截止报送",
                NotificationTexts.text("notification.batch.submission.reminder.subject", BATCH));
        assertEquals("贵局尚未报送推荐函和推荐名单汇总表。请于2025年6月30日24时前在平台完成推荐并报送"
                + "（浙经信绿色便函〔2025〕58号第三条；实施细则第十四条）。",
                NotificationTexts.text("notification.batch.submission.reminder.body", BATCH));
        assertEquals("【逾期】2025年省级绿色低碳工业园区和工厂推荐报送已于2025年6月30日24时截止",
                NotificationTexts.text("notification.batch.submission.lock.subject", BATCH));
        assertEquals("【提醒】2025年度市级绿色制造名单将于2025年7月31日截止报送",
                NotificationTexts.text("notification.batch.cityList.reminder.subject", BATCH));
        assertEquals("截至2025年7月31日24时，贵局尚未报送2025年度市级名单。",
                NotificationTexts.text("notification.batch.cityList.due.body", BATCH));
    }

    @Test
    void reportAndDynamicManagementDeadlines() {
        assertEquals("关于某某公司的实名举报要求整改，整改期限2026年3月1日已过，尚未登记整改情况，已报省经信厅督办。",
                NotificationTexts.text("notification.report.followUp.body", "JB-2026-0001", "某某公司",
                        NotificationTexts.date(LocalDate.of(2026, 3, 1))));
        assertEquals("【提醒】请于2026年4月15日前填报2026年度动态管理表",
                NotificationTexts.text("notification.dynamic.form.reminder.subject", 2026, "某某工厂",
                        NotificationTexts.date(LocalDate.of(2026, 4, 15)), 4, 15));
        assertEquals("某某工厂：贵单位尚未填报2026年度绿色制造动态管理表。请于4月15日24时前在平台填报年度关键指标及变更情况；"
                + "逾期未填报的，将按实施细则第十九条第二项移出名单。",
                NotificationTexts.text("notification.dynamic.form.reminder.body", 2026, "某某工厂",
                        NotificationTexts.date(LocalDate.of(2026, 4, 15)), 4, 15));
    }

    @Test
    void aMissingKeyIsAnError() {
        assertThrows(IllegalStateException.class, () -> NotificationTexts.text("notification.no.such"));
    }
}
