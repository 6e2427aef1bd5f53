package cn.gov.zj.jxt.green.application.notification;

import cn.gov.zj.jxt.green.application.nomination.BatchDeadlines;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What the batch deadlines tell a city's clerks, in their workspace and by e-mail. Each message is keyed by the
 * deadline and the city, so a deadline handled twice cannot tell anyone twice.
 */
@ApplicationScoped
public class Reminders {

    static final String CATEGORY = "deadline.reminder";

    @Inject
    NotificationService notifications;

    public void remindCity(CitySubmission submission, String kind, long deadlineId) {
        Batch batch = submission.getBatch();
        String city = submission.getCity().getCode();
        String subject;
        String body;
        switch (kind) {
            case BatchDeadlines.SUBMISSION_REMINDER -> {
                subject = "【提醒】" + batch.getTitle() + "推荐材料将于" + date(batch.getSubmissionDeadline()) + "截止报送";
                body = "贵局尚未报送推荐函和推荐名单汇总表。请于" + date(batch.getSubmissionDeadline())
                        + "24时前在平台完成推荐并报送（浙经信绿色便函〔2025〕58号第三条；实施细则第十四条）。";
            }
            case BatchDeadlines.SUBMISSION_LOCK -> {
                subject = "【逾期】" + batch.getTitle() + "报送已于" + date(batch.getSubmissionDeadline()) + "24时截止";
                body = "报送截止时贵局未完成报送，平台已停止接收本批次推荐。如有特殊情况，请与省经信厅绿色制造处联系。";
            }
            case BatchDeadlines.CITY_LIST_REMINDER -> {
                subject = "【提醒】" + batch.getYear() + "年度市级绿色制造名单将于" + date(batch.getCityListDeadline()) + "截止报送";
                body = "请于" + date(batch.getCityListDeadline()) + "前在平台报送" + batch.getYear() + "年度市级绿色低碳工业园区及工厂名单。";
            }
            default -> {
                subject = "【逾期】" + batch.getYear() + "年度市级绿色制造名单未按时报送";
                body = "截至" + date(batch.getCityListDeadline()) + "24时，贵局尚未报送" + batch.getYear() + "年度市级名单。";
            }
        }
        // A reminder is pending until the deadline it reminds of; the notices of a lock or a missed date never expire.
        Instant expires = switch (kind) {
            case BatchDeadlines.SUBMISSION_REMINDER -> batch.submissionClosesAt();
            case BatchDeadlines.CITY_LIST_REMINDER -> batch.cityListClosesAt();
            default -> null;
        };
        notifications.notify(CATEGORY, Audience.role(Role.CITY_CLERK, city), kind + ":" + deadlineId + ":" + city,
                Notification.shortSubject(subject), body, "/workspace/nomination/index.xhtml?batch=" + batch.getId(),
                expires);
    }

    private static String date(java.time.LocalDate day) {
        return DocumentContent.chineseDate(day);
    }
}
