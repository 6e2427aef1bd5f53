/**
 * Digital signatures on uploaded PDFs, such as a third-party institution's signed undertaking 承诺书 (seed 003
 * §二(一)). {@link cn.gov.zj.jxt.green.infrastructure.signature.SignedPdfVerifier} decides whether each signature
 * is intact and whether the last one covers the whole file, and records who signed with which certificate.
 * Whether that certificate chains to an authority anyone should trust is deliberately not decided here: the
 * portal holds no list of trusted CAs, so it records the certificate for a person to judge.
 */
package cn.gov.zj.jxt.green.infrastructure.signature;
