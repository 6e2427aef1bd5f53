package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.application.shared.PublicContent;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitStatus;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * The registry benchmark's server side (only in its deployment): seeds a large registry with JDBC batches — the
 * organisations, their listed units and each unit's listing event — and times the registry's queries where they
 * run, without HTTP and JSON in between. The seed is fixed (same rows on every run and database).
 */
@Path("test-support/registry-benchmark")
@RequestScoped
public class RegistryBenchmarkSupport {

    static final String[] CITIES = {"330100", "330200", "330300", "330400", "330500", "330600", "330700", "330800",
        "330900", "331000", "331100"};
    static final String[] INDUSTRIES = {"通用设备制造业", "专用设备制造业", "汽车制造业", "电气机械和器材制造业",
        "计算机、通信和其他电子设备制造业", "化学原料和化学制品制造业", "医药制造业", "纺织业", "纺织服装、服饰业",
        "化学纤维制造业", "橡胶和塑料制品业", "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业",
        "金属制品业", "造纸和纸制品业", "食品制造业", "家具制造业", "仪器仪表制造业", "电力、热力生产和供应业"};
    static final String[] WORDS = {"绿源", "恒信", "华达", "新材料", "智能", "精密", "海纳", "永康", "东方", "富春",
        "光伏", "环保", "科技", "机电", "纺织", "化工", "能源", "汽车部件", "电子", "装备"};
    private static final UnitQuery NAME = new UnitQuery("新材料", null, null, null, null, null, null, null, null,
            false);
    private static final UnitQuery CITY_LEVEL_TYPE = new UnitQuery(null, null, ListLevel.PROVINCIAL,
            UnitType.FACTORY, "330200", null, null, null, null, false);
    private static final UnitQuery EVERYTHING = new UnitQuery(null, null, null, null, null, null, null,
            UnitStatus.ALL, null, false);
    /** Ids far above what the sequences hand out in a benchmark run. */
    private static final long FIRST_ID = 50_000_000L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    RegistryService registry;

    @Inject
    PublicContent publicContent;

    /**
     * Adds units {@code from} … {@code from + count - 1} (and their organisations and listing events); returns the
     * milliseconds it took. Called in slices so that no request runs for minutes.
     */
    @POST
    @Path("seed")
    public String seed(@QueryParam("from") int from, @QueryParam("count") int count) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(20261121L + from);
        Instant base = Instant.parse("2016-01-01T00:00:00Z");
        try (Connection c = dataSource.getConnection();
                PreparedStatement org = c.prepareStatement("INSERT INTO organisation (id, version, type, name, "
                        + "credit_code, region_code, address, legal_representative, contact_name, contact_phone, "
                        + "created_at) VALUES (?, 0, ?, ?, ?, ?, '浙江省测试路1号', '张三', '李四', '0571-88888888', ?)");
                PreparedStatement unit = c.prepareStatement("INSERT INTO listed_unit (id, version, organisation_id, "
                        + "unit_type, list_level, list_year, city_code, unit_name, industry, basis, listed_at, "
                        + "listed_by, removed_at, removal_ground) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "'benchmark', ?, ?)");
                PreparedStatement event = c.prepareStatement("INSERT INTO unit_event (id, unit_id, kind, "
                        + "occurred_at, detail, actor) VALUES (?, ?, 'LISTED', ?, ?, 'benchmark')")) {
            c.setAutoCommit(false);
            for (int i = from; i < from + count; i++) {
                long id = FIRST_ID + i;
                String city = CITIES[random.nextInt(CITIES.length)];
                int roll = random.nextInt(100);
                UnitType type = roll < 80 ? UnitType.FACTORY : roll < 90 ? UnitType.PARK : UnitType.SUPPLY_CHAIN;
                int levelRoll = random.nextInt(100);
                ListLevel level = levelRoll < 60 ? ListLevel.MUNICIPAL
                        : levelRoll < 90 ? ListLevel.PROVINCIAL : ListLevel.NATIONAL;
                int year = 2016 + random.nextInt(10);
                String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
                String name = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
                        + (type == UnitType.PARK ? "产业园区管理委员会" : "有限公司") + "（基准" + i + "）";
                String first17 = String.format("91%sB%08d", city, i);
                Instant listedAt = base.plusSeconds((long) (year - 2016) * 31_536_000L + random.nextInt(31_536_000));
                boolean removed = random.nextInt(100) < 2;

                org.setLong(1, id);
                org.setString(2, type.organisationType().name());
                org.setString(3, name);
                org.setString(4, first17 + CreditCode.checkCharacter(first17));
                org.setString(5, city);
                org.setTimestamp(6, Timestamp.from(listedAt));
                org.addBatch();

                unit.setLong(1, id);
                unit.setLong(2, id);
                unit.setString(3, type.name());
                unit.setString(4, level.name());
                unit.setInt(5, year);
                unit.setString(6, city);
                unit.setString(7, name);
                unit.setString(8, industry);
                unit.setString(9, "浙经信绿色〔" + year + "〕" + (10 + random.nextInt(90)) + "号");
                unit.setTimestamp(10, Timestamp.from(listedAt));
                unit.setTimestamp(11, removed ? Timestamp.from(listedAt.plusSeconds(86_400L * 400)) : null);
                unit.setString(12, removed ? "NO_FORM" : null);
                unit.addBatch();

                event.setLong(1, id);
                event.setLong(2, id);
                event.setTimestamp(3, Timestamp.from(listedAt));
                event.setString(4, "benchmark");
                event.addBatch();
                if (i % 1_000 == 999 || i == from + count - 1) {
                    org.executeBatch();
                    unit.executeBatch();
                    event.executeBatch();
                    c.commit();
                }
            }
        }
        // Written past the entities' listeners: the public pages are told as every writer tells them.
        publicContent.changed();
        return String.valueOf((System.nanoTime() - started) / 1_000_000);
    }

    /** Brings the planner's statistics up to date, as a production database keeps them. */
    @POST
    @Path("analyze")
    public String analyze() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                c.setAutoCommit(true);
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE organisation");
                    s.execute("ANALYZE listed_unit");
                    s.execute("ANALYZE unit_event");
                }
            } else {
                c.setAutoCommit(true);
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
        }
        return "analyzed";
    }

    /** The counts the report cites: everything, and what the filtered steps match. */
    @POST
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    public String counts() {
        return Json.createObjectBuilder()
                .add("total", registry.count(EVERYTHING))
                .add("cityLevelTypeCount", registry.count(CITY_LEVEL_TYPE))
                .add("nameCount", registry.count(NAME))
                .build().toString();
    }

    /**
     * One step, {@code runs} times after a first (cold) run, each run with other parameters (another page size,
     * word, city, page or year): H2 hands back its last result unchanged when a query repeats with the same
     * parameters, which would time nothing. One request per step keeps each short.
     */
    @POST
    @Path("measure")
    @Produces(MediaType.APPLICATION_JSON)
    public String measure(@QueryParam("step") String step, @QueryParam("runs") int runs) {
        IntFunction<Object> work = switch (step) {
            case "firstPage" -> i -> registry.search(UnitQuery.all(), new PageRequest(0, 20 + i));
            case "name" -> i -> registry.search(new UnitQuery(WORDS[i % WORDS.length], null, null, null, null, null,
                    null, null, null, false), new PageRequest(0, 20));
            case "cityLevelType" -> i -> registry.search(new UnitQuery(null, null, ListLevel.PROVINCIAL,
                    UnitType.FACTORY, CITIES[i % CITIES.length], null, null, null, null, false), new PageRequest(0, 20));
            case "deepPage" -> i -> registry.rows(UnitQuery.all(), new PageRequest((1999 + i) * 20, 20));
            case "count" -> i -> registry.count(new UnitQuery(null, null, null, null, null, null, 2016 + i % 10,
                    UnitStatus.ALL, null, false));
            case "byName" -> i -> registry.search(UnitQuery.byName(WORDS[(i + 7) % WORDS.length]),
                    new PageRequest(0, 10));
            default -> throw new IllegalArgumentException(step);
        };
        long started = System.nanoTime();
        work.apply(runs + 1);
        long first = (System.nanoTime() - started) / 1_000;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            started = System.nanoTime();
            work.apply(i);
            times[i] = (System.nanoTime() - started) / 1_000;
        }
        long[] sorted = Arrays.stream(times).sorted().toArray();
        return Json.createObjectBuilder().add("firstMicros", first).add("medianMicros", sorted[runs / 2])
                .add("bestMicros", sorted[0]).add("runs", runs).add("all", Arrays.toString(times)).build().toString();
    }
}
