package cn.gov.zj.jxt.green.application.shared;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.RegionScope;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.region.Region;

/**
 * Who is acting: a signed-in account, an anonymous member of the public, or the portal itself (start-up
 * work and timers). Services decide with it and the audit log records it.
 */
public record Actor(String name, Role role, Region region, Long organisationId, Long accountId,
        String clientAddress) {

    /** The name the audit log shows for work the portal does by itself. */
    public static final String SYSTEM_NAME = "system";

    public static Actor of(Account account, String clientAddress) {
        return new Actor(account.getUsername(), account.getRole(), account.getRegion(),
                account.getOrganisation() == null ? null : account.getOrganisation().getId(), account.getId(),
                clientAddress);
    }

    public static Actor anonymous(String clientAddress) {
        return new Actor("anonymous", Role.PUBLIC, null, null, null, clientAddress);
    }

    /** The portal acting on its own (demo data, timers); it may do what a provincial administrator may. */
    public static Actor system() {
        return new Actor(SYSTEM_NAME, Role.ADMIN, null, null, null, null);
    }

    public RegionScope scope() {
        return RegionScope.of(role, region);
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    public boolean isSignedIn() {
        return role != Role.PUBLIC;
    }
}
