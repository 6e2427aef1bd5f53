package cn.gov.zj.jxt.green.application.account;

/** Hashes passwords for storage and checks a password against a stored hash. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String stored);

    /** Whether {@code stored} was made with weaker settings than today's, so that a sign-in should hash it again. */
    boolean needsRehash(String stored);
}
