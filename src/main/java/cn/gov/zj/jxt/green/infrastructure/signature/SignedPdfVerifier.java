package cn.gov.zj.jxt.green.infrastructure.signature;

import cn.gov.zj.jxt.green.application.nomination.SignatureVerification;
import cn.gov.zj.jxt.green.domain.shared.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.x500.X500Principal;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfPKCS7;
import com.lowagie.text.pdf.PdfReader;

import cn.gov.zj.jxt.green.application.nomination.SignatureCheck.Signer;
import cn.gov.zj.jxt.green.application.nomination.SignatureCheck;

/**
 * Checks the digital signatures of an uploaded PDF, such as a signed undertaking 承诺书 (seed 003 §二(一)).
 * <p>
 * The rules: a PDF without signatures is a sealed scan, accepted but not verified. A signed PDF is verified when
 * every signature's digest matches the bytes it covers (else {@link SignatureCheck#MODIFIED}), each signer's
 * certificate was valid on the date the signature states (else {@link SignatureCheck#CERTIFICATE}), and the last
 * signature covers the whole file (else {@link SignatureCheck#PARTIAL}: something was appended after the last
 * signature, which a reader would show although nobody signed it). Earlier signatures cover earlier revisions by
 * design, so only the last must reach the end.
 * <p>
 * Trust is not decided: the certificate chain is not validated against any authority and revocation is not
 * checked, because the portal cannot know every CA an institution may use. The signer's certificate is recorded
 * (subject, issuer, serial, fingerprint) for a person to judge; {@code VERIFIED} never means "trusted".
 * <p>
 * Stateless; {@link #check} is a pure function of the bytes, so it is tested without a container.
 */
@ApplicationScoped
public class SignedPdfVerifier implements SignatureVerification {

    private static final Logger LOG = Logger.getLogger(SignedPdfVerifier.class.getName());

    /** Readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, 7.5.2, implementation note). */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public SignatureCheck check(byte[] pdf) {
        String sha256 = Sha256.hex(pdf);
        if (!hasPdfHeader(pdf)) {
            return SignatureCheck.rejected(SignatureCheck.NOT_PDF, sha256, List.of());
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "unreadable PDF", e);
            return SignatureCheck.rejected(SignatureCheck.MALFORMED, sha256, List.of());
        }
        try {
            return check(reader, sha256);
        } finally {
            reader.close();
        }
    }

    private static SignatureCheck check(PdfReader reader, String sha256) {
        AcroFields fields = reader.getAcroFields();
        List<String> names = new ArrayList<>(fields.getSignedFieldNames());
        if (names.isEmpty()) {
            return SignatureCheck.sealedScan(sha256);
        }
        names.sort(Comparator.comparingInt(fields::getRevision));
        List<Signer> signers = new ArrayList<>();
        for (String name : names) {
            PdfPKCS7 pkcs7;
            boolean intact;
            try {
                pkcs7 = fields.verifySignature(name);
                intact = pkcs7.verify();
            } catch (SignatureException | RuntimeException e) {
                // A /Contents that is not a CMS structure, or one naming an algorithm the platform lacks.
                LOG.log(Level.FINE, "signature " + name + " cannot be read", e);
                return SignatureCheck.rejected(SignatureCheck.MALFORMED, sha256, signers);
            }
            X509Certificate certificate = pkcs7.getSigningCertificate();
            if (certificate == null) {
                return SignatureCheck.rejected(SignatureCheck.CERTIFICATE, sha256, signers);
            }
            Signer signer = signer(name, fields, pkcs7, certificate);
            signers.add(signer);
            if (!intact) {
                return SignatureCheck.rejected(SignatureCheck.MODIFIED, sha256, signers);
            }
            if (!validOn(certificate, signer.signedAt())) {
                return SignatureCheck.rejected(SignatureCheck.CERTIFICATE, sha256, signers);
            }
        }
        if (!signers.get(signers.size() - 1).coversWholeDocument()) {
            return SignatureCheck.rejected(SignatureCheck.PARTIAL, sha256, signers);
        }
        return SignatureCheck.verified(sha256, signers);
    }

    private static Signer signer(String name, AcroFields fields, PdfPKCS7 pkcs7, X509Certificate certificate) {
        Calendar stamped = pkcs7.getTimeStampDate();
        Calendar claimed = pkcs7.getSignDate();
        Calendar when = stamped != null ? stamped : claimed;
        return new Signer(name, fields.getRevision(name),
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber().toString(16), fingerprint(certificate),
                when == null ? null : when.toInstant(), stamped != null, fields.signatureCoversWholeDocument(name));
    }

    /** The certificate must have been within its validity period when it signed; without a date, now. */
    private static boolean validOn(X509Certificate certificate, Instant signedAt) {
        try {
            certificate.checkValidity(java.util.Date.from(signedAt == null ? Instant.now() : signedAt));
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private static boolean hasPdfHeader(byte[] bytes) {
        int last = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < HEADER.length; j++) {
                if (bytes[i + j] != HEADER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate just parsed from the file encodes again", e);
        }
    }

}
