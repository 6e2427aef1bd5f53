package cn.gov.zj.jxt.green.application.shared;

/**
 * Encrypts what identifies a person who objects or reports (identity number, name, phone) before it is stored, and
 * decrypts it for the few who may read it. {@code purpose} names the field, so that a value cannot be moved from one
 * field to another unnoticed.
 */
public interface IdentityEncryption {

    String encrypt(String clear, String purpose);

    String decrypt(String stored, String purpose);
}
