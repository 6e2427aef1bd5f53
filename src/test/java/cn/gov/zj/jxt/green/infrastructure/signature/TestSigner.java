package cn.gov.zj.jxt.green.infrastructure.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPKCS7;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Signs PDFs as a signing tool does: an RSA key and a self-signed certificate made for the test, a detached
 * CMS signature (adbe.pkcs7.detached, SHA-256) written into the space OpenPDF reserves for it.
 */
public final class TestSigner {

    /** Room reserved for the CMS structure; a self-signed RSA-2048 signature needs about 1.5 KB. */
    private static final int CONTENTS_SIZE = 8192;

    final KeyPair keys;
    final X509Certificate certificate;

    private TestSigner(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A signer whose certificate is valid from {@code notBefore} to {@code notAfter}. */
    static TestSigner create(String subject, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(notBefore.toEpochMilli()), Date.from(notBefore), Date.from(notAfter), name,
                    keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new TestSigner(keys, certificate);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestSigner create(String subject) {
        Instant now = Instant.now();
        return create(subject, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
    }

    /** A one-page PDF with the given title in its (uncompressed) document information. */
    static byte[] plainPdf(String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph("Undertaking of a third-party institution"));
        document.close();
        return out.toByteArray();
    }

    /** Signs {@code pdf} at {@code signedAt}; {@code append} keeps earlier revisions (and signatures) intact. */
    byte[] sign(byte[] pdf, String field, Calendar signedAt, boolean append) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, append);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            // The chain draws the visible appearance; the dictionary below replaces the filter this names.
            appearance.setCrypto(null, new Certificate[] {certificate}, null, PdfSignatureAppearance.WINCER_SIGNED);
            appearance.setVisibleSignature(new Rectangle(72, 72, 272, 132), 1, field);
            appearance.setSignDate(signedAt);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, PdfName.ADBE_PKCS7_DETACHED);
            dictionary.setDate(new PdfDate(signedAt));
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, CONTENTS_SIZE * 2 + 2));

            byte[] digest = digest(appearance.getRangeStream());
            PdfPKCS7 cms = new PdfPKCS7(keys.getPrivate(), new Certificate[] {certificate}, null, "SHA-256", null,
                    false);
            byte[] attributes = cms.getAuthenticatedAttributeBytes(digest, signedAt, null);
            cms.update(attributes, 0, attributes.length);
            byte[] encoded = cms.getEncodedPKCS7(digest, signedAt);

            byte[] contents = new byte[CONTENTS_SIZE];
            System.arraycopy(encoded, 0, contents, 0, encoded.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(contents).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] sign(byte[] pdf) {
        return sign(pdf, "Signature1", Calendar.getInstance(), false);
    }

    /** A second revision appended after signing, with text drawn on page 1: what the signature does not cover. */
    static byte[] appendText(byte[] signed, String text) {
        try {
            PdfReader reader = new PdfReader(signed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out, '\0', true);
            PdfContentByte over = stamper.getOverContent(1);
            over.beginText();
            over.setFontAndSize(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED), 12);
            over.setTextMatrix(72, 400);
            over.showText(text);
            over.endText();
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(InputStream data) throws IOException, GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[8192];
        for (int n; (n = data.read(buffer)) > 0;) {
            sha256.update(buffer, 0, n);
        }
        return sha256.digest();
    }
}
