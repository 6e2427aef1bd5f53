package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationLine;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationView;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.park.PilotService.Published;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import cn.gov.zj.jxt.green.domain.model.park.PilotCall;
import cn.gov.zj.jxt.green.domain.model.park.PilotRecommendationLetter;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.time.Instant;
import java.util.List;

/** The pilot service's views, built inside its transaction. */
final class PilotViews {

    private PilotViews() {
    }

    static CallView call(PilotCall call, List<PilotApplication> applications, long recommended, Instant now) {
        return new CallView(call.getId(), call.getYear(), call.getTitle(), call.getRecommendationDue(),
                call.getReminderDays(), call.isOpenAt(now), call.isShortlistOpen(),
                call.getLetter() == null ? null : call.getLetter().getNumber(), call.getLetterIssuedAt(),
                call.getOverdueAt(), recommended, applications.stream().map(PilotViews::line).toList());
    }

    static ApplicationLine line(PilotApplication a) {
        Organisation park = a.getOrganisation();
        return new ApplicationLine(a.getId(), a.getVersion(), park.getName(), place(park.getRegion()),
                a.getZoneKind(), a.getStatus(), a.getSubmittedAt());
    }

    static ApplicationView application(PilotApplication a) {
        Organisation park = a.getOrganisation();
        return new ApplicationView(a.getId(), a.getVersion(), a.getCall().getId(), a.getCall().getTitle(),
                park.getName(), place(park.getRegion()), a.getZoneKind(), a.getConditions(), a.getMaterial(),
                List.copyOf(a.getFiles()), List.copyOf(a.getHistory()), a.getStatus(), a.getCall().isShortlistOpen());
    }

    static Published published(PilotApplication a) {
        PilotCall call = a.getCall();
        return new Published(call.getId(), call.getYear(), call.getTitle(),
                call.getLetter() == null ? null : call.getLetter().getNumber(), a.getOrganisation().getName(),
                place(a.getOrganisation().getRegion()), a.getZoneKind(), a.getStatus());
    }

    static PilotRecommendationLetter.Line letterLine(PilotApplication a) {
        return new PilotRecommendationLetter.Line(a.getOrganisation().getName(), a.getZoneKind(),
                place(a.getOrganisation().getRegion()), a.getMaterial().years());
    }

    /** 宁波市北仑区: the name as documents write it. */
    static String place(Region region) {
        return region.getFullName();
    }
}
