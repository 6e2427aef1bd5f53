package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}: open data for everyone ({@code /api/health}, {@code /api/regions}),
 * {@code /api/workspace/...} for signed-in accounts and {@code /api/admin/...} for administrators and
 * supervisors (HTTP Basic, or the browser's session).
 */
@ApplicationPath("api")
public class PortalApi extends Application {
}
