package cn.gov.zj.jxt.green.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;

class RegionScopeTest {

    private final Region zhejiang = new Region("330000", "浙江省", "Zhejiang", RegionLevel.PROVINCE, null, 0);
    private final Region hangzhou = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, zhejiang, 1);
    private final Region xihu = new Region("330106", "西湖区", "Xihu District", RegionLevel.COUNTY, hangzhou, 103);
    private final Region binjiang = new Region("330108", "滨江区", "Binjiang District", RegionLevel.COUNTY, hangzhou, 104);
    private final Region ningbo = new Region("330200", "宁波市", "Ningbo", RegionLevel.CITY, zhejiang, 2);
    private final Region beilun = new Region("330206", "北仑区", "Beilun District", RegionLevel.COUNTY, ningbo, 203);

    @Test
    void aCityClerkCoversHerCityAndItsCountiesOnly() {
        RegionScope scope = RegionScope.of(Role.CITY_CLERK, hangzhou);
        assertTrue(scope.covers(hangzhou));
        assertTrue(scope.covers(xihu));
        assertTrue(scope.covers(binjiang));
        assertFalse(scope.covers(ningbo));
        assertFalse(scope.covers(beilun));
        assertFalse(scope.covers(zhejiang));
    }

    @Test
    void aCountyClerkCoversHisCountyOnly() {
        RegionScope scope = RegionScope.of(Role.COUNTY_CLERK, xihu);
        assertTrue(scope.covers(xihu));
        assertFalse(scope.covers(binjiang));
        assertFalse(scope.covers(hangzhou));
    }

    @Test
    void provincialRolesCoverTheProvince() {
        for (Role role : new Role[] {Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN}) {
            assertTrue(RegionScope.of(role, null).covers(beilun), role.name());
        }
    }

    @Test
    void otherRolesCoverNoRegion() {
        for (Role role : new Role[] {Role.PUBLIC, Role.APPLICANT, Role.INSTITUTION, Role.EXPERT}) {
            assertFalse(RegionScope.of(role, xihu).covers(xihu), role.name());
        }
    }

    @Test
    void aClerkWithoutARegionIsAnError() {
        assertThrows(IllegalStateException.class, () -> RegionScope.of(Role.CITY_CLERK, null));
    }

    @Test
    void nothingCoversAMissingRegion() {
        assertFalse(RegionScope.of(Role.CITY_CLERK, hangzhou).covers(null));
    }
}
