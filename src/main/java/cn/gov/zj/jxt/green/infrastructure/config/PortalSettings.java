package cn.gov.zj.jxt.green.infrastructure.config;

import cn.gov.zj.jxt.green.application.report.ReportSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zj.jxt.green.infrastructure.document.OfficialFont;

/**
 * Settings the server passes in as system properties, each mapped to an environment variable by
 * wildfly-config/web.cli (PORTAL_DEMO_DATA, PORTAL_PASSWORD_ITERATIONS, PORTAL_FILE_DIR, PORTAL_PUBLIC_URL,
 * PORTAL_HSTS_MAX_AGE), and the one secret
 * read from the environment itself (PORTAL_INITIAL_ADMIN_PASSWORD, PORTAL_SMTP_USER and _PASSWORD). The font files of PORTAL_FONT_* are read from
 * the environment or from system properties of the same name (portal.font.*). docs/operations.md lists them.
 */
@ApplicationScoped
public class PortalSettings implements ReportSettings {

    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; a lower setting is raised to it. */
    public static final int MIN_PASSWORD_ITERATIONS = 210_000;

    private static final Logger LOG = Logger.getLogger(PortalSettings.class.getName());

    /** {@code true}/{@code false}, or {@code auto}: demo data on the embedded H2 database only. */
    public String demoData() {
        return System.getProperty("portal.demo-data", "auto").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The password for the first administrator of an empty database without demo data, if given. Read from
     * the environment directly: a secret is not written into the server's configuration.
     */
    public Optional<String> initialAdminPassword() {
        return Optional.ofNullable(System.getenv("PORTAL_INITIAL_ADMIN_PASSWORD"))
                .map(String::strip)
                .filter(p -> !p.isEmpty());
    }

    public int passwordIterations() {
        String value = System.getProperty("portal.password.iterations", String.valueOf(MIN_PASSWORD_ITERATIONS));
        int iterations;
        try {
            iterations = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "portal.password.iterations is not a number: " + value);
            return MIN_PASSWORD_ITERATIONS;
        }
        if (iterations < MIN_PASSWORD_ITERATIONS) {
            LOG.warning(() -> "portal.password.iterations " + iterations + " is below " + MIN_PASSWORD_ITERATIONS
                    + "; using " + MIN_PASSWORD_ITERATIONS);
            return MIN_PASSWORD_ITERATIONS;
        }
        return iterations;
    }

    /** The default handling period of a named report, in days: a month, as a city's case handling commonly takes. */
    public static final int DEFAULT_REPORT_HANDLING_DAYS = 30;

    /**
     * How many days a city has to conclude a named report before the case goes up to the province
     * (PORTAL_REPORT_HANDLING_DAYS, passed in as portal.report.handling-days; 30 unless set, at least 1).
     */
    @Override
    public int reportHandlingDays() {
        String value = System.getProperty("portal.report.handling-days", String.valueOf(DEFAULT_REPORT_HANDLING_DAYS));
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> "portal.report.handling-days is not a positive number: " + value + "; using "
                + DEFAULT_REPORT_HANDLING_DAYS);
        return DEFAULT_REPORT_HANDLING_DAYS;
    }

    /**
     * The directory of the uploaded-file store: outside the deployment, so that no uploaded file can ever be
     * served as part of the web application, and kept across redeployments. web.cli always sets the
     * property; the fallback serves a server configured without it.
     */
    public Path fileDirectory() {
        String directory = System.getProperty("portal.file.dir", "").strip();
        if (!directory.isEmpty()) {
            return Path.of(directory);
        }
        String dataDirectory = System.getProperty("jboss.server.data.dir");
        if (dataDirectory == null) {
            throw new IllegalStateException("neither portal.file.dir nor jboss.server.data.dir is set");
        }
        return Path.of(dataDirectory, "portal", "files");
    }

    /**
     * The portal's public address (PORTAL_PUBLIC_URL, e.g. https://green.jxt.zj.gov.cn, passed in as
     * portal.public-url), without a trailing slash: every absolute link in feeds, the API and mail starts with it.
     * The request's Host header is never used: anyone can send any Host, and a cached or mailed link would then
     * point to their site. Without the setting, this server on this machine (http://localhost:8080 plus the port
     * offset) — for development only: a portal without demo data refuses to start without it ({@link
     * #requirePublicUrl}).
     */
    public String publicUrl() {
        return configuredPublicUrl().orElseGet(() -> "http://localhost:" + (Integer.getInteger("jboss.http.port", 8080)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }

    /** Refuses to go on without PORTAL_PUBLIC_URL, or with one that is not an absolute http(s) address. */
    public void requirePublicUrl() {
        String url = configuredPublicUrl().orElseThrow(() -> new IllegalStateException(
                "PORTAL_PUBLIC_URL is not set: a portal without demo data needs its public address for the links of"
                        + " feeds, the API and mail (docs/operations.md)"));
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("PORTAL_PUBLIC_URL is not an address: " + url, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("PORTAL_PUBLIC_URL must be an http(s) address like"
                    + " https://green.jxt.zj.gov.cn, not " + url);
        }
    }

    private static Optional<String> configuredPublicUrl() {
        return Optional.ofNullable(System.getProperty("portal.public-url")).map(String::strip)
                .filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /**
     * How many public pages and API answers a node renders at once, the others waiting their turn
     * (PORTAL_RENDER_CONCURRENCY, or portal.render.concurrency, which wins): twice the processors unless set. More
     * suits a database far away, whose round trips leave the processors idle; docs/operations.md.
     */
    public int renderConcurrency() {
        int fallback = 2 * Runtime.getRuntime().availableProcessors();
        String value = System.getProperty("portal.render.concurrency", System.getenv("PORTAL_RENDER_CONCURRENCY"));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int renders = Integer.parseInt(value.strip());
            if (renders >= 1) {
                return renders;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> "portal.render.concurrency is not a positive number: " + value + "; using " + fallback);
        return fallback;
    }

    /** A year: how long a browser that has seen the portal over TLS refuses plain HTTP to it. */
    public static final long DEFAULT_HSTS_MAX_AGE = 31_536_000;

    /**
     * The max-age of the Strict-Transport-Security header sent on responses served over TLS (PORTAL_HSTS_MAX_AGE,
     * passed in as portal.hsts.max-age, in seconds; 0 sends none). Never sent over plain HTTP.
     */
    public long hstsMaxAge() {
        String value = System.getProperty("portal.hsts.max-age", String.valueOf(DEFAULT_HSTS_MAX_AGE));
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> "portal.hsts.max-age is not a number of seconds: " + value + "; using "
                + DEFAULT_HSTS_MAX_AGE);
        return DEFAULT_HSTS_MAX_AGE;
    }

    /**
     * Licensed font files that replace the bundled stand-ins, by role: PORTAL_FONT_XIAOBIAOSONG, _FANGSONG, _HEITI,
     * _KAITI, _SONGTI (environment), or portal.font.xiaobiaosong … (system property, which wins). Roles not set keep
     * their stand-in (docs/fonts.md).
     */
    public Map<OfficialFont, Path> fontOverrides() {
        Map<OfficialFont, Path> overrides = new EnumMap<>(OfficialFont.class);
        for (OfficialFont role : OfficialFont.values()) {
            String value = Optional.ofNullable(System.getProperty(role.property()))
                    .filter(v -> !v.isBlank())
                    .orElseGet(() -> System.getenv(role.setting()));
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                overrides.put(role, Path.of(value.strip()));
            } catch (InvalidPathException e) {
                throw new IllegalStateException(role.setting() + " (" + role.property() + ") is not a file path: "
                        + value, e);
            }
        }
        return overrides;
    }
    /**
     * Whether notifications are e-mailed: only when an SMTP server is named (PORTAL_SMTP_HOST, passed in by
     * mail.cli as portal.smtp.host). Without one the mail session still exists, pointing nowhere, and is not used.
     */
    public boolean mailEnabled() {
        return !System.getProperty("portal.smtp.host", "").isBlank();
    }

    /** The SMTP user (PORTAL_SMTP_USER), read from the environment like every secret; none means no AUTH. */
    public Optional<String> smtpUser() {
        return Optional.ofNullable(System.getenv("PORTAL_SMTP_USER")).map(String::strip).filter(u -> !u.isEmpty());
    }

    public Optional<String> smtpPassword() {
        return Optional.ofNullable(System.getenv("PORTAL_SMTP_PASSWORD"));
    }

    /**
     * The key that encrypts objectors' identity numbers (PORTAL_ENCRYPTION_KEY: 32 bytes, Base64), read from the
     * environment like every secret; empty when not set (IdentityCipher then keeps a key of its own in the data
     * directory, for the embedded demo). PORTAL_ENCRYPTION_KEY_PREVIOUS, during a rotation, still decrypts.
     */
    public Optional<String> encryptionKey() {
        return secret("PORTAL_ENCRYPTION_KEY");
    }

    public Optional<String> previousEncryptionKey() {
        return secret("PORTAL_ENCRYPTION_KEY_PREVIOUS");
    }

    /** Where a generated key is kept when PORTAL_ENCRYPTION_KEY is not set: beside the file store, not in the WAR. */
    public Path generatedKeyFile() {
        String dataDirectory = System.getProperty("jboss.server.data.dir");
        if (dataDirectory == null) {
            throw new IllegalStateException("jboss.server.data.dir is not set; set PORTAL_ENCRYPTION_KEY");
        }
        return Path.of(dataDirectory, "portal", "encryption.key");
    }

    private static Optional<String> secret(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
