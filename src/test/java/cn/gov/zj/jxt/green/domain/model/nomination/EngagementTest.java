package cn.gov.zj.jxt.green.domain.model.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A third-party institution's project for one application (004 §(十二)): requested, answered, signed for. */
class EngagementTest {

    private static final Instant AT = Instant.parse("2025-05-06T02:00:00Z");
    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);
    private static final Batch BATCH = new Batch(2025, ListLevel.PROVINCIAL, "2025年省级绿色低碳工厂推荐",
            EnumSet.of(UnitType.FACTORY), new Batch.Deadlines(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), 7),
            new Batch.Caps(10, 15), Map.of("330100", 20), AT, "province");
    private static final IssuedDocument UNDERTAKING = new IssuedDocument(DocumentFormat.PLAIN, "第三方评价机构承诺书",
            null, null, null, "浙江绿评检测有限公司", LocalDate.of(2025, 5, 7), AT, "institution",
            new IssuedDocument.Files("aa".repeat(32), 1024, "bb".repeat(32), 2048), null);
    private static final Engagement.SignedCopy SIGNED = new Engagement.SignedCopy("承诺书（盖章）.pdf", "cc".repeat(32),
            4096, SignatureStatus.DIGITALLY_VERIFIED, "CN=浙江绿评检测有限公司", "CN=ZJCA", "01AF", "dd".repeat(32),
            AT.plusSeconds(3000));

    private final Organisation institution = institution();

    private static Organisation institution() {
        Organisation institution = new Organisation();
        institution.setType(OrganisationType.INSTITUTION);
        institution.setName("浙江绿评检测有限公司");
        institution.setCreditCode("91330100MA2CF0002P");
        institution.setLegalRepresentative("王明");
        return institution;
    }

    private Engagement requested() {
        Organisation applicant = new Organisation();
        applicant.setType(OrganisationType.ENTERPRISE);
        applicant.setRegion(HANGZHOU);
        return new Engagement(new Application(BATCH, applicant, HANGZHOU, AT), institution, "91330100MA2CF0002P", AT);
    }

    private Engagement accepted() {
        Engagement engagement = requested();
        engagement.accept("91330100MA2CF0002P", UNDERTAKING, "institution", AT.plusSeconds(60));
        return engagement;
    }

    @Test
    void aRequestTakesTheBatchsLevelAndYearAndTheInstitutionsRepresentative() {
        Engagement engagement = requested();
        assertEquals(EngagementStatus.REQUESTED, engagement.getStatus());
        assertEquals(BATCH, engagement.getBatch());
        assertEquals(ListLevel.PROVINCIAL, engagement.getLevel());
        assertEquals(2025, engagement.getYear());
        assertEquals("91330100MA2CF0002P", engagement.getGroupCode());
        assertEquals("王明", engagement.getLegalRepresentative());
        assertEquals(AT, engagement.getRequestedAt());
        assertNull(engagement.getDecidedAt());
        assertNull(engagement.getUndertaking());
        assertTrue(engagement.inForce());
        assertFalse(engagement.isSigned());
    }

    @Test
    void anAcceptanceCountsUnderTheGroupAndRepresentativeOfTheDayItIsGiven() {
        Engagement engagement = requested();
        // Between request and answer the institution joined a group and changed its representative.
        institution.setLegalRepresentative("李华");
        engagement.accept("91330000MA27U0003Q", UNDERTAKING, "institution", AT.plusSeconds(60));
        assertEquals(EngagementStatus.ACCEPTED, engagement.getStatus());
        assertEquals("91330000MA27U0003Q", engagement.getGroupCode());
        assertEquals("李华", engagement.getLegalRepresentative());
        assertSame(UNDERTAKING, engagement.getUndertaking());
        assertEquals(AT.plusSeconds(60), engagement.getDecidedAt());
        assertEquals("institution", engagement.getDecidedBy());
        assertTrue(engagement.inForce());
        assertFalse(engagement.isSigned(), "the undertaking is generated, not yet returned signed");
    }

    @Test
    void aDeclineEndsTheRequest() {
        Engagement engagement = requested();
        engagement.decline("institution", AT.plusSeconds(60));
        assertEquals(EngagementStatus.DECLINED, engagement.getStatus());
        assertEquals(AT.plusSeconds(60), engagement.getDecidedAt());
        assertEquals("institution", engagement.getDecidedBy());
        assertNull(engagement.getUndertaking());
        assertFalse(engagement.inForce());
    }

    @Test
    void onlyARequestIsAnswered() {
        Engagement accepted = accepted();
        assertThrows(IllegalStateException.class,
                () -> accepted.accept("x", UNDERTAKING, "institution", AT), "accepted once");
        assertThrows(IllegalStateException.class, () -> accepted.decline("institution", AT), "no decline after");
        Engagement declined = requested();
        declined.decline("institution", AT);
        assertThrows(IllegalStateException.class, () -> declined.accept("x", UNDERTAKING, "institution", AT));
        assertThrows(IllegalStateException.class, () -> declined.decline("institution", AT));
        Engagement withdrawn = requested();
        withdrawn.withdraw("applicant", AT);
        assertThrows(IllegalStateException.class, () -> withdrawn.accept("x", UNDERTAKING, "institution", AT));
        assertThrows(IllegalStateException.class, () -> withdrawn.decline("institution", AT));
        assertEquals(EngagementStatus.ACCEPTED, accepted.getStatus());
        assertEquals("91330100MA2CF0002P", accepted.getGroupCode(), "a refused answer changes nothing");
    }

    @Test
    void theApplicantWithdrawsARequestOrAnAcceptedEngagement() {
        Engagement requested = requested();
        requested.withdraw("applicant", AT.plusSeconds(30));
        assertEquals(EngagementStatus.WITHDRAWN, requested.getStatus());
        assertEquals(AT.plusSeconds(30), requested.getDecidedAt());
        assertEquals("applicant", requested.getDecidedBy());
        assertFalse(requested.inForce());

        Engagement accepted = accepted();
        accepted.recordSigned(SIGNED, AT.plusSeconds(3600));
        accepted.withdraw("applicant", AT.plusSeconds(7200));
        assertEquals(EngagementStatus.WITHDRAWN, accepted.getStatus(), "another route chosen after acceptance");
        assertEquals(AT.plusSeconds(7200), accepted.getDecidedAt());
        assertEquals("applicant", accepted.getDecidedBy(), "who withdrew, not the institution that accepted");
        assertFalse(accepted.inForce(), "no longer counts against the caps");
    }

    @Test
    void onlyAnEngagementInForceIsWithdrawn() {
        Engagement declined = requested();
        declined.decline("institution", AT.plusSeconds(60));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> declined.withdraw("applicant", AT.plusSeconds(120)));
        assertTrue(e.getMessage().endsWith("is DECLINED, not in force"), e.getMessage());
        assertEquals(EngagementStatus.DECLINED, declined.getStatus(), "a decline stays a decline");
        assertEquals(AT.plusSeconds(60), declined.getDecidedAt());
        assertEquals("institution", declined.getDecidedBy());

        Engagement withdrawn = requested();
        withdrawn.withdraw("applicant", AT.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> withdrawn.withdraw("other", AT.plusSeconds(120)));
        assertEquals(EngagementStatus.WITHDRAWN, withdrawn.getStatus());
        assertEquals(AT.plusSeconds(60), withdrawn.getDecidedAt(), "the first withdrawal's time stands");
        assertEquals("applicant", withdrawn.getDecidedBy());
    }

    @Test
    void theSignedUndertakingIsRecordedWithWhatItsSignatureShowed() {
        Engagement engagement = accepted();
        engagement.recordSigned(SIGNED, AT.plusSeconds(3600));
        assertTrue(engagement.isSigned());
        assertEquals(EngagementStatus.ACCEPTED, engagement.getStatus());
        assertEquals("承诺书（盖章）.pdf", engagement.getSignedName());
        assertEquals("cc".repeat(32), engagement.getSignedSha256());
        assertEquals(4096L, engagement.getSignedSize());
        assertEquals(SignatureStatus.DIGITALLY_VERIFIED, engagement.getSignatureStatus());
        assertEquals("CN=浙江绿评检测有限公司", engagement.getSignerSubject());
        assertEquals("CN=ZJCA", engagement.getSignerIssuer());
        assertEquals("01AF", engagement.getSignerSerial());
        assertEquals("dd".repeat(32), engagement.getSignerFingerprint());
        assertEquals(AT.plusSeconds(3000), engagement.getSigningTime());
        assertEquals(AT.plusSeconds(3600), engagement.getSignedAt());
    }

    @Test
    void aNewUploadReplacesTheSignedCopyAndAScanCarriesNoSigner() {
        Engagement engagement = accepted();
        engagement.recordSigned(SIGNED, AT.plusSeconds(3600));
        engagement.recordSigned(new Engagement.SignedCopy("承诺书扫描件.pdf", "ee".repeat(32), 8192,
                SignatureStatus.SEALED_SCAN, null, null, null, null, null), AT.plusSeconds(7200));
        assertEquals("ee".repeat(32), engagement.getSignedSha256());
        assertEquals(SignatureStatus.SEALED_SCAN, engagement.getSignatureStatus());
        assertNull(engagement.getSignerSubject(), "the earlier signer does not linger");
        assertNull(engagement.getSignerFingerprint());
        assertNull(engagement.getSigningTime());
        assertEquals(AT.plusSeconds(7200), engagement.getSignedAt());
    }

    @Test
    void onlyAnAcceptedEngagementTakesASignedUndertaking() {
        assertThrows(IllegalStateException.class, () -> requested().recordSigned(SIGNED, AT), "not yet accepted");
        Engagement declined = requested();
        declined.decline("institution", AT);
        assertThrows(IllegalStateException.class, () -> declined.recordSigned(SIGNED, AT));
        Engagement withdrawn = accepted();
        withdrawn.withdraw("applicant", AT);
        assertThrows(IllegalStateException.class, () -> withdrawn.recordSigned(SIGNED, AT));
        assertFalse(withdrawn.isSigned());
    }
}
