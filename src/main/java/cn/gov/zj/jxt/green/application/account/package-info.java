/**
 * Accounts and signing in: creating and disabling accounts within the clerk's region, passwords, the sign-in
 * checks behind the portal's authentication mechanism.
 */
package cn.gov.zj.jxt.green.application.account;
