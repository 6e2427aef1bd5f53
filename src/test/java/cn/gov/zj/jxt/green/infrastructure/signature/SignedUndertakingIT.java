package cn.gov.zj.jxt.green.infrastructure.signature;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.SignatureStatus;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The undertaking 承诺书 signed and uploaded inside the server, with the BouncyCastle the WAR carries: the portal's
 * own PDF signed intact is verified and its signer recorded; a signed file changed afterwards, or with a revision
 * appended after the signature, is refused with the reason, and nothing is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class SignedUndertakingIT {

    private static final String TITLE = "Undertaking signed for the test";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    ApplicationService applications;

    @Inject
    EngagementService engagements;

    @Test
    void onlyAnIntactSignatureOverTheWholeFileIsVerified() {
        Batch batch = fixture.openBatch("签名承诺书测试（" + UUID.randomUUID().toString().substring(0, 8) + "）",
                LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30), Map.of("330100", 3));
        Organisation institution = fixture.registerInstitution("签名测试评价机构", fixture.city("330108"), "法人戊");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, "签名测试工厂",
                fixture.countyOf(fixture.city("330100")));
        Application application = fixture.drafted(batch, factory,
                NominationFixture.leadingForm(factory, Route.INSTITUTION, institution.getId()));
        long id = fixture.as(PROVINCE, () -> applications.engagements(application.getId())).get(0).getId();
        fixture.as(fixture.institution(institution), () -> engagements.accept(id));
        TestSigner signer = TestSigner.create("CN=签名测试评价机构, O=签名测试评价机构, C=CN");

        byte[] tampered = signer.sign(TestSigner.plainPdf(TITLE));
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf(TITLE);
        tampered[at + TITLE.length() - 1] = 'X';
        assertEquals("undertaking.signature.modified", refusal(institution, id, tampered));
        byte[] appended = TestSigner.appendText(signer.sign(TestSigner.plainPdf(TITLE)), "added after signing");
        assertEquals("undertaking.signature.partial", refusal(institution, id, appended));
        assertNull(fixture.as(fixture.institution(institution), () -> engagements.get(id)).getSignedSha256(),
                "a refused file leaves nothing recorded");

        byte[] undertaking = fixture.as(fixture.institution(institution),
                () -> engagements.undertaking(id, DocumentService.RenditionType.PDF)).content();
        byte[] signed = signer.sign(undertaking);
        Engagement recorded = fixture.as(fixture.institution(institution), () -> engagements.uploadSigned(id,
                "承诺书（电子签名）.pdf", new ByteArrayInputStream(signed)));
        assertEquals(SignatureStatus.DIGITALLY_VERIFIED, recorded.getSignatureStatus());
        assertTrue(recorded.getSignerSubject().contains("签名测试评价机构"), recorded.getSignerSubject());
        assertNotNull(recorded.getSignerFingerprint());
        assertEquals(64, recorded.getSignedSha256().length());
    }

    private String refusal(Organisation institution, long id, byte[] pdf) {
        return assertThrows(BusinessRuleException.class, () -> fixture.as(fixture.institution(institution),
                () -> engagements.uploadSigned(id, "承诺书.pdf", new ByteArrayInputStream(pdf)))).messageKey();
    }
}
