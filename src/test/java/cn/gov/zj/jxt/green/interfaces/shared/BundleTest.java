package cn.gov.zj.jxt.green.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;

/** Every text exists in both languages, and every key a page or enum names exists. */
class BundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        assertEquals(load(bundle + "_zh").stringPropertyNames(), load(bundle + "_en").stringPropertyNames());
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("i18n/messages_zh").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/webapp"), Path.of("webapp-templates")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    Matcher m = PAGE_KEY.matcher(Files.readString(page));
                    while (m.find()) {
                        if (!keys.contains(m.group(1))) {
                            missing.add(page + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void everyEnumConstantHasALabel() throws IOException {
        Set<String> keys = load("i18n/messages_zh").stringPropertyNames();
        for (Role r : Role.values()) {
            assertTrue(keys.contains("enum.Role." + r), r.name());
        }
        for (OrganisationType t : OrganisationType.values()) {
            assertTrue(keys.contains("enum.OrganisationType." + t), t.name());
        }
        for (Class<? extends Enum<?>> type : List.of(
                cn.gov.zj.jxt.green.domain.model.listing.UnitType.class,
                cn.gov.zj.jxt.green.domain.model.listing.ListLevel.class,
                cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind.class,
                cn.gov.zj.jxt.green.domain.model.listing.RemovalGround.class,
                cn.gov.zj.jxt.green.domain.model.report.ReportSubject.class,
                cn.gov.zj.jxt.green.domain.model.report.ReportStatus.class,
                cn.gov.zj.jxt.green.domain.model.report.ReportConclusion.class,
                cn.gov.zj.jxt.green.domain.model.report.Escalation.class,
                cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind.class,
                cn.gov.zj.jxt.green.domain.model.dynamic.ChangeStatus.class,
                cn.gov.zj.jxt.green.domain.model.dynamic.FormStatus.class,
                cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus.class,
                cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewOutcome.class,
                cn.gov.zj.jxt.green.domain.model.listing.UnitStatus.class,
                cn.gov.zj.jxt.green.domain.model.nomination.Route.class,
                cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus.class,
                cn.gov.zj.jxt.green.domain.model.nomination.ReviewStage.class,
                cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision.class,
                cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus.class,
                cn.gov.zj.jxt.green.domain.model.nomination.SignatureStatus.class,
                cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus.class,
                cn.gov.zj.jxt.green.domain.model.nomination.EligibilityRule.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertTrue(keys.contains(key), key);
            }
        }
        // circular transformation plans (seed 001)
        for (var status : cn.gov.zj.jxt.green.domain.model.park.PlanStatus.values()) {
            assertTrue(keys.contains("enum.PlanStatus." + status), status.name());
        }
        for (var kind : cn.gov.zj.jxt.green.domain.model.park.PlanEvent.Kind.values()) {
            assertTrue(keys.contains("enum.PlanEvent.Kind." + kind), kind.name());
        }
        for (var kind : cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent.Kind.values()) {
            assertTrue(keys.contains("enum.SubmissionEvent.Kind." + kind), kind.name());
        }
        for (var kind : cn.gov.zj.jxt.green.domain.model.nomination.Indicators.Kind.values()) {
            assertTrue(keys.contains("enum.Indicators.Kind." + kind), kind.name());
        }
        for (ChainVerification.Problem p : ChainVerification.Problem.values()) {
            assertTrue(keys.contains("enum.ChainVerification.Problem." + p), p.name());
        }
        for (cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround g
                : cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround.values()) {
            assertTrue(keys.contains("enum.ExclusionGround." + g), g.name());
        }
    }

    /** An import report names each credit-code problem in words, like the form does. */
    @Test
    void everyCreditCodeProblemHasAnImportMessage() throws IOException {
        Set<String> keys = load("i18n/messages_zh").stringPropertyNames();
        for (CreditCode.Problem p : CreditCode.Problem.values()) {
            assertTrue(keys.contains("exclusion.import.creditCode." + p.name()), p.name());
        }
    }

    @Test
    void everyCreditCodeProblemHasAMessage() throws IOException {
        Set<String> keys = load("ValidationMessages_zh").stringPropertyNames();
        for (CreditCode.Problem p : CreditCode.Problem.values()) {
            assertTrue(keys.contains(p.messageKey()), p.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream(name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
