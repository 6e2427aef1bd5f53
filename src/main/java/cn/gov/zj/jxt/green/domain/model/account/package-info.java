/**
 * Accounts, their roles and region scopes. Authentication lives in infrastructure.security; what an account
 * may do is decided by the application services (see application.AccessPolicy).
 */
package cn.gov.zj.jxt.green.domain.model.account;
