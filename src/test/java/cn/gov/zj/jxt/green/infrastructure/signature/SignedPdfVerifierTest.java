package cn.gov.zj.jxt.green.infrastructure.signature;

import cn.gov.zj.jxt.green.application.nomination.SignatureCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.application.nomination.SignatureCheck.Outcome;
import cn.gov.zj.jxt.green.application.nomination.SignatureCheck.Signer;

/** Signs real PDFs with a key made for the test and checks what the verifier makes of them. */
class SignedPdfVerifierTest {

    private static final String SUBJECT = "CN=浙江滨江绿色评价有限公司（示例）,O=浙江滨江绿色评价有限公司（示例）,C=CN";
    private static final String TITLE = "UNDERTAKING-ORIGINAL";

    private static TestSigner signer;
    private final SignedPdfVerifier verifier = new SignedPdfVerifier();

    @BeforeAll
    static void makeKey() {
        signer = TestSigner.create(SUBJECT);
    }

    @Test
    void anIntactSignatureOverTheWholeFileIsVerifiedAndTheSignerRecorded() throws Exception {
        Calendar signedAt = Calendar.getInstance();
        byte[] signed = signer.sign(TestSigner.plainPdf(TITLE), "Signature1", signedAt, false);

        SignatureCheck check = verifier.check(signed);

        assertEquals(Outcome.VERIFIED, check.outcome(), String.valueOf(check.reasonKey()));
        assertNull(check.reasonKey());
        assertEquals(sha256(signed), check.sha256());
        Signer s = check.lastSignature().orElseThrow();
        assertEquals(1, check.signatures().size());
        assertEquals("Signature1", s.field());
        assertTrue(s.subject().contains("CN=浙江滨江绿色评价有限公司（示例）"), s.subject());
        assertEquals(signer.certificate.getIssuerX500Principal().getName(), s.issuer());
        assertEquals(signer.certificate.getSerialNumber().toString(16), s.serialNumber());
        assertEquals(sha256(signer.certificate.getEncoded()), s.certificateSha256());
        assertEquals(signedAt.toInstant().getEpochSecond(), s.signedAt().getEpochSecond(), 1);
        assertFalse(s.timeStamped(), "no time-stamp authority was used");
        assertTrue(s.coversWholeDocument());
    }

    @Test
    void aByteChangedInsideTheSignedRangeIsRejectedAsModified() {
        byte[] signed = signer.sign(TestSigner.plainPdf(TITLE));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(TITLE);
        assertTrue(at > 0 && at == text.lastIndexOf(TITLE), "the title stands once in the file");
        int contents = text.indexOf("/Contents <");
        assertTrue(at < contents || at > text.indexOf('>', contents),
                "and lies in the signed range, which is everything but the signature's own /Contents");
        signed[at + TITLE.length() - 1] = 'X';

        SignatureCheck check = verifier.check(signed);

        assertEquals(Outcome.REJECTED, check.outcome());
        assertEquals(SignatureCheck.MODIFIED, check.reasonKey());
        assertTrue(check.lastSignature().orElseThrow().subject().contains("浙江滨江绿色评价有限公司"),
                "the signer is still recorded: " + check.signatures());
    }

    @Test
    void aRevisionAppendedAfterSigningIsRejectedAsPartial() {
        byte[] signed = signer.sign(TestSigner.plainPdf(TITLE));
        byte[] amended = TestSigner.appendText(signed, "added after signing");
        assertTrue(amended.length > signed.length);

        SignatureCheck check = verifier.check(amended);

        assertEquals(Outcome.REJECTED, check.outcome());
        assertEquals(SignatureCheck.PARTIAL, check.reasonKey());
        Signer s = check.lastSignature().orElseThrow();
        assertFalse(s.coversWholeDocument());
        assertEquals(sha256(amended), check.sha256(), "the hash is of what was uploaded, not of the signed part");
    }

    @Test
    void twoSignaturesBothIntactAndTheLastCoveringAllAreVerified() {
        TestSigner second = TestSigner.create("CN=张三,O=浙江滨江绿色评价有限公司（示例）,C=CN");
        byte[] once = signer.sign(TestSigner.plainPdf(TITLE), "Institution", Calendar.getInstance(), false);
        byte[] twice = second.sign(once, "LegalRepresentative", Calendar.getInstance(), true);

        SignatureCheck check = verifier.check(twice);

        assertEquals(Outcome.VERIFIED, check.outcome(), String.valueOf(check.reasonKey()));
        assertEquals(List.of("Institution", "LegalRepresentative"),
                check.signatures().stream().map(Signer::field).toList(), "oldest revision first");
        assertFalse(check.signatures().get(0).coversWholeDocument(), "the first signs only the first revision");
        assertTrue(check.signatures().get(1).coversWholeDocument());
        assertTrue(check.signatures().get(1).subject().contains("CN=张三"), check.signatures().get(1).subject());
    }

    @Test
    void aPdfWithoutSignaturesIsASealedScan() {
        byte[] plain = TestSigner.plainPdf(TITLE);

        SignatureCheck check = verifier.check(plain);

        assertEquals(Outcome.SEALED_SCAN, check.outcome());
        assertNull(check.reasonKey());
        assertTrue(check.signatures().isEmpty());
        assertEquals(sha256(plain), check.sha256());
    }

    @Test
    void bytesThatAreNoPdfAreRejectedAsNotPdf() {
        byte[] garbage = "PK\u0003\u0004 this is a zip, or anything but a PDF".getBytes(StandardCharsets.ISO_8859_1);

        SignatureCheck check = verifier.check(garbage);

        assertEquals(Outcome.REJECTED, check.outcome());
        assertEquals(SignatureCheck.NOT_PDF, check.reasonKey());
        assertEquals(SignatureCheck.NOT_PDF, verifier.check(new byte[0]).reasonKey());
    }

    @Test
    void aPdfHeaderOverGarbageIsRejectedAsMalformed() {
        SignatureCheck check = verifier.check("%PDF-1.7\nnot a PDF body".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(SignatureCheck.MALFORMED, check.reasonKey());
    }

    @Test
    void aSignatureWhoseContentsAreNoCmsIsRejectedAsMalformed() {
        byte[] signed = signer.sign(TestSigner.plainPdf(TITLE));
        // /Contents lies outside the signed range, so overwriting it leaves the digest alone and breaks only the CMS.
        int start = new String(signed, StandardCharsets.ISO_8859_1).indexOf("/Contents <") + "/Contents <".length();
        for (int i = start; i < start + 16; i++) {
            signed[i] = 'F';
        }

        SignatureCheck check = verifier.check(signed);

        assertEquals(Outcome.REJECTED, check.outcome());
        assertEquals(SignatureCheck.MALFORMED, check.reasonKey());
    }

    @Test
    void aCertificateExpiredWhenItSignedIsRejected() throws Exception {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        TestSigner expired = TestSigner.create(SUBJECT, longAgo, longAgo.plus(Duration.ofDays(365)));
        byte[] signed = expired.sign(TestSigner.plainPdf(TITLE));

        SignatureCheck check = verifier.check(signed);

        assertEquals(Outcome.REJECTED, check.outcome());
        assertEquals(SignatureCheck.CERTIFICATE, check.reasonKey());
        assertEquals(sha256(expired.certificate.getEncoded()), check.lastSignature().orElseThrow().certificateSha256(),
                "the certificate is recorded all the same");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
