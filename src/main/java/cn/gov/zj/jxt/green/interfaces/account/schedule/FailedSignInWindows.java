package cn.gov.zj.jxt.green.interfaces.account.schedule;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.application.account.SignInService;

/**
 * Every minute, audits the counts of the failed sign-in windows that have closed (unknown names and refusals
 * while throttled, aggregated per address). Not persistent: the counts live in memory and go with the server.
 */
@Singleton
public class FailedSignInWindows {

    @Inject
    SignInService signIn;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "failed sign-in windows")
    void audit() {
        signIn.auditClosedWindows();
    }
}
