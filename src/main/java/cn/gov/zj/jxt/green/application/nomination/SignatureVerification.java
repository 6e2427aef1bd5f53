package cn.gov.zj.jxt.green.application.nomination;

/** Checks the digital signatures of an uploaded PDF (a third-party institution's signed undertaking). */
public interface SignatureVerification {

    SignatureCheck check(byte[] pdf);
}
