package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** publicity/view.xhtml?id=…: one period, its list, how to object, the contact and a countdown to the close. */
@Named
@RequestScoped
public class ViewPublicityBacking {

    @Inject
    PublicityService publicity;

    @Inject
    PortalClock clock;

    private Long id;
    private Publicity period;

    public void load() {
        period = publicity.get(id == null ? -1 : id);
    }

    /** Whether the form is offered: the same rule the service applies when it is sent. */
    public boolean isTakingObjections() {
        return period.takesObjectionsAt(clock.now());
    }

    /** Milliseconds to the close on the portal's clock, for the countdown (which then counts on the browser's). */
    public long getMillisToClose() {
        return Math.max(0, period.getEndsAt().toEpochMilli() - clock.now().toEpochMilli());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Publicity getPeriod() {
        return period;
    }
}
