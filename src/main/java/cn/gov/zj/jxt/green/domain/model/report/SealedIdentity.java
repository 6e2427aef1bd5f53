package cn.gov.zj.jxt.green.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * Who reported, as it is kept: the name, identity number, phone and e-mail each encrypted under its own purpose,
 * never in clear. Only the service that holds the key makes a {@link ReporterIdentity} of it; fixed once reported.
 */
@Embeddable
public class SealedIdentity implements Serializable {

    @Column(name = "reporter_name_cipher", nullable = false, updatable = false, length = 300)
    private String nameCipher;

    @Column(name = "id_number_cipher", nullable = false, updatable = false, length = 200)
    private String idNumberCipher;

    @Column(name = "phone_cipher", nullable = false, updatable = false, length = 200)
    private String phoneCipher;

    @Column(name = "email_cipher", updatable = false, length = 400)
    private String emailCipher;

    protected SealedIdentity() {
        // for JPA
    }

    /** The e-mail's cipher may be {@code null}: giving an e-mail is optional. */
    public SealedIdentity(String nameCipher, String idNumberCipher, String phoneCipher, String emailCipher) {
        this.nameCipher = nameCipher;
        this.idNumberCipher = idNumberCipher;
        this.phoneCipher = phoneCipher;
        this.emailCipher = emailCipher;
    }

    public String getNameCipher() {
        return nameCipher;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getPhoneCipher() {
        return phoneCipher;
    }

    public String getEmailCipher() {
        return emailCipher;
    }

    @Override
    public String toString() {
        return "SealedIdentity[withheld]";
    }
}
