package cn.gov.zj.jxt.green.testing;

/** The demo accounts the test server's database is loaded with (README.md lists them). */
public final class DemoAccounts {

    public static final String PASSWORD = "Green2025demo";

    public static final String ADMIN = "admin";
    public static final String PROVINCE = "province";
    public static final String HANGZHOU = "hangzhou";
    public static final String NINGBO = "ningbo";
    public static final String XIHU = "xihu";
    public static final String APPLICANT = "applicant";
    public static final String NINGBO_PARK = "ningbo-park";
    public static final String INSTITUTION = "institution";
    public static final String EXPERT = "expert";
    public static final String SUPERVISOR = "supervisor";

    /** Credit codes of demo organisations, by where they are. */
    public static final String NINGBO_PARK_CODE = "12330206MB1PK0002A";
    public static final String XIHU_FACTORY_CODE = "91330106MA2GL0001N";
    public static final String BINJIANG_INSTITUTION_CODE = "91330108MA2CE0006A";

    private DemoAccounts() {
    }
}
