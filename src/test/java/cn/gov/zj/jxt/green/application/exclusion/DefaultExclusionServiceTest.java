package cn.gov.zj.jxt.green.application.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import org.junit.jupiter.api.Test;

/** Who keeps the register and who reads it. */
class DefaultExclusionServiceTest {

    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);

    @Test
    void provincialAndCityClerksAndThePortalRecordOthersReadOrNothing() {
        for (Role role : Role.values()) {
            Actor actor = new Actor("someone", role, role == Role.COUNTY_CLERK || role == Role.CITY_CLERK
                    ? HANGZHOU : null, null, 7L, null);
            boolean writer = role == Role.PROVINCE_CLERK || role == Role.CITY_CLERK;
            boolean reader = writer || role == Role.COUNTY_CLERK || role == Role.SUPERVISOR || role == Role.ADMIN;
            assertEquals(writer, DefaultExclusionService.mayRecord(actor), role + " records");
            assertEquals(reader, DefaultExclusionService.mayRead(actor), role + " reads");
        }
        assertEquals(true, DefaultExclusionService.mayRecord(Actor.system()), "the portal records removals itself");
    }

    @Test
    void anAdministratorAccountNamedSystemIsNotThePortal() {
        Actor impostor = new Actor(Actor.SYSTEM_NAME, Role.ADMIN, null, null, 42L, "10.0.0.1");
        assertEquals(false, DefaultExclusionService.mayRecord(impostor));
    }
}
