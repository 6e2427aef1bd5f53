package cn.gov.zj.jxt.green.domain.model.nomination;

/** What the portal could establish about a signed undertaking the institution uploaded. */
public enum SignatureStatus {
    /** A digital signature, intact and covering the whole document; the signer's certificate is recorded. */
    DIGITALLY_VERIFIED,
    /** A scanned copy bearing a seal: accepted, but nothing could be verified digitally. */
    SEALED_SCAN
}
