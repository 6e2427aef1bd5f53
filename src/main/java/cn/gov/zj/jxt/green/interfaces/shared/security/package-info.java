/**
 * Sign-in with Jakarta Security: the portal's own mechanism (login page, HTTP Basic for the API) and identity store,
 * which hands the credentials to the account context's sign-in service (accounts with PBKDF2-HMAC-SHA256 hashes).
 * WildFly runs it with integrated-jaspi=false (wildfly-config/security.cli).
 */
package cn.gov.zj.jxt.green.interfaces.shared.security;
