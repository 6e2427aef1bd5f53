package cn.gov.zj.jxt.green.application.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SignatureVerification} found in an uploaded PDF.
 * <p>
 * {@link Outcome#VERIFIED} means: every signature's digest matches the bytes it covers, and the last signature
 * covers the whole file as uploaded, so nothing was changed or added after it. It does NOT mean the signer's
 * certificate is trusted: the chain is not validated against any authority, and revocation is not checked.
 * The signer's certificate is recorded ({@link Signer}) so that a clerk can judge who signed.
 *
 * @param outcome    the verdict
 * @param reasonKey  bundle key saying why a file was rejected ({@code undertaking.signature.*}); {@code null}
 *                   unless {@link Outcome#REJECTED}
 * @param sha256     SHA-256 (lower-case hex) of the bytes checked, to be recorded with the verdict
 * @param signatures the signatures read, oldest revision first; empty for a sealed scan or an unreadable file
 */
public record SignatureCheck(Outcome outcome, String reasonKey, String sha256, List<Signer> signatures) {

    /** The verdicts. */
    public enum Outcome {
        /** Digitally signed, every signature intact, the last one covering the whole file. */
        VERIFIED,
        /** A PDF without digital signatures, e.g. a scan of the signed and sealed paper: accepted, not verified. */
        SEALED_SCAN,
        /** Not acceptable; {@link SignatureCheck#reasonKey()} says why. */
        REJECTED
    }

    /** Bundle keys of the reasons for {@link Outcome#REJECTED}. */
    public static final String NOT_PDF = "undertaking.signature.notPdf";
    public static final String MALFORMED = "undertaking.signature.malformed";
    public static final String MODIFIED = "undertaking.signature.modified";
    public static final String PARTIAL = "undertaking.signature.partial";
    public static final String CERTIFICATE = "undertaking.signature.certificate";

    /**
     * One signature as read from the file.
     *
     * @param field                the signature field's name
     * @param revision             the file revision the signature closes (1 = the first)
     * @param subject              the signer certificate's subject DN (RFC 2253)
     * @param issuer               its issuer DN (RFC 2253); not validated, see {@link SignatureCheck}
     * @param serialNumber         its serial number, hex
     * @param certificateSha256    SHA-256 fingerprint of the DER-encoded certificate, lower-case hex
     * @param signedAt             the signing time the signature states: from a time-stamp token when
     *                             {@code timeStamped}, otherwise as claimed by the signer's computer
     * @param timeStamped          whether the time comes from an RFC 3161 time-stamp token
     * @param coversWholeDocument  whether the signed byte range ends at the end of the file
     */
    public record Signer(String field, int revision, String subject, String issuer, String serialNumber,
            String certificateSha256, Instant signedAt, boolean timeStamped, boolean coversWholeDocument) {

        public Signer {
            Objects.requireNonNull(field, "field");
        }
    }

    public SignatureCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sha256, "sha256");
        signatures = List.copyOf(signatures);
        if ((outcome == Outcome.REJECTED) != (reasonKey != null)) {
            throw new IllegalArgumentException("a reason is given exactly when a file is rejected");
        }
    }

    public static SignatureCheck verified(String sha256, List<Signer> signatures) {
        return new SignatureCheck(Outcome.VERIFIED, null, sha256, signatures);
    }

    public static SignatureCheck sealedScan(String sha256) {
        return new SignatureCheck(Outcome.SEALED_SCAN, null, sha256, List.of());
    }

    public static SignatureCheck rejected(String reasonKey, String sha256, List<Signer> signatures) {
        return new SignatureCheck(Outcome.REJECTED, reasonKey, sha256, signatures);
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    /** The signature that closes the file, the one that must cover all of it. */
    public Optional<Signer> lastSignature() {
        return signatures.isEmpty() ? Optional.empty() : Optional.of(signatures.get(signatures.size() - 1));
    }
}
