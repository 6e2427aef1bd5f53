package cn.gov.zj.jxt.green.interfaces.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.zj.jxt.green.application.notification.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;

/**
 * The service as a deadline timer calls it, inside the server with no one signed in: a reminder sent twice under
 * one dedupe key (a retried or doubly fired timer) is stored once, and the portal is its sender.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationServiceIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NotificationService notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentActor currentActor;

    @Test
    void aReminderSentTwiceUnderOneKeyIsStoredOnce() {
        String run = UUID.randomUUID().toString();
        String key = "nomination-2025:330100:reminder-7d:" + run;
        String subject = "距推荐材料报送截止还有7天（" + run.substring(0, 8) + "）";
        Audience hangzhou = Audience.role(Role.CITY_CLERK, "330100");
        Actor clerk = Actor.of(accounts.findByUsername(DemoAccounts.HANGZHOU).orElseThrow(), null);
        long before = notifications.unreadCount(clerk);

        assertTrue(notifications.notify(hangzhou, key, subject, "请于6月30日前报送推荐函和汇总表。",
                "/workspace/index.xhtml"), "the first is new");
        assertFalse(notifications.notify(hangzhou, key, subject, "重复触发", null),
                "the same key again sends nothing");

        assertEquals(before + 1, notifications.unreadCount(clerk));
        // Not necessarily the newest: a notification sent while an earlier test had moved the clock ahead is newer.
        List<InboxEntry> sent = notifications.unread(clerk, new PageRequest(0, 500)).items().stream()
                .filter(entry -> entry.subject().equals(subject)).toList();
        assertEquals(1, sent.size(), "stored once");
        assertEquals("请于6月30日前报送推荐函和汇总表。", sent.get(0).body(), "the first one's text, not the repeat's");
        assertEquals(NotificationService.GENERAL, sent.get(0).category());
    }

    @Test
    void withoutAKeyEveryCallSends() {
        Actor xihu = Actor.of(accounts.findByUsername(DemoAccounts.XIHU).orElseThrow(), null);
        Actor hangzhou = Actor.of(accounts.findByUsername(DemoAccounts.HANGZHOU).orElseThrow(), null);
        long before = notifications.unreadCount(xihu);
        long cityBefore = notifications.unreadCount(hangzhou);
        Audience county = Audience.role(Role.COUNTY_CLERK, "330106");
        assertTrue(notifications.notify("deadline.reminder", county, null, "请核查辖区内工厂材料", "", null));
        assertTrue(notifications.notify("deadline.reminder", county, null, "请核查辖区内工厂材料", "", null));
        assertEquals(before + 2, notifications.unreadCount(xihu));
        assertEquals(cityBefore, notifications.unreadCount(hangzhou), "a county's reminder is not the city's");
    }
}
