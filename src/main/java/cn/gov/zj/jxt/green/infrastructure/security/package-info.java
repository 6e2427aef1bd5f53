/**
 * Security services the application's ports ask for: PBKDF2-HMAC-SHA256 password hashes, AES-GCM encryption of the
 * identities of objectors and reporters, and the rate limit of the public forms.
 */
package cn.gov.zj.jxt.green.infrastructure.security;
