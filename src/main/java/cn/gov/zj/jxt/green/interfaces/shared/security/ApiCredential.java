package cn.gov.zj.jxt.green.interfaces.shared.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * The user name and password an API client sends with each request (HTTP Basic). Checked like a sign-in,
 * but it is not one: no sign-in is recorded and the account is not touched.
 */
public class ApiCredential extends UsernamePasswordCredential {

    public ApiCredential(String caller, String password) {
        super(caller, password);
    }
}
