package cn.gov.zj.jxt.green.infrastructure.demo;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Who acts in the demo's history. The people a newcomer signs in as have accounts (README.md lists them); the
 * clerks of the other cities and counties and the other enterprises act under the name their account would have,
 * with the role and scope the services check, so that the audit log reads as if they had signed in.
 */
@ApplicationScoped
public class DemoActors {

    @Inject
    AccountRepository accounts;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    /** As the demo account {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        return currentActor.runAs(Actor.of(accounts.findByUsername(username).orElseThrow(), null), work);
    }

    /** As the clerk of a city or county: its demo account if it has one (杭州, 宁波, 西湖区), else by its name. */
    public <T> T asClerkOf(String regionCode, Supplier<T> work) {
        Region region = regions.find(regionCode).orElseThrow();
        String username = username(region);
        if (accounts.findByUsername(username).isPresent()) {
            return as(username, work);
        }
        Role role = region.getLevel() == RegionLevel.CITY ? Role.CITY_CLERK : Role.COUNTY_CLERK;
        return currentActor.runAs(new Actor(username, role, region, null, null, null), work);
    }

    /** As an enterprise or park without a demo account. */
    public <T> T asApplicant(Organisation organisation, Supplier<T> work) {
        return currentActor.runAs(new Actor("applicant-" + organisation.getCreditCode(), Role.APPLICANT, null,
                organisation.getId(), null, null), work);
    }

    /** As a member of the public, from a documentation address (RFC 5737). */
    public <T> T asPublic(Supplier<T> work) {
        return currentActor.runAs(Actor.anonymous("203.0.113.25"), work);
    }

    /** The clock at 10:00 of {@code day}, Beijing time; the loader resets it at the end. */
    public void at(LocalDate day) {
        clock.moveTo(day.atTime(10, 0).atZone(MovableClock.ZONE).toInstant());
    }

    /** 杭州市 → hangzhou, 西湖区 → xihu, 长兴县 → changxing: the demo's usernames are the places' names. */
    private static String username(Region region) {
        return region.getNameEn().split(" ")[0].replace("'", "").toLowerCase(Locale.ROOT);
    }
}
