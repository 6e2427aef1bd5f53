/**
 * E-mail through the server's mail session {@code java:jboss/mail/portal} (wildfly-config/mail.cli): sent after the
 * notifying transaction has committed, only when an SMTP server is configured, and never failing the workflow.
 */
package cn.gov.zj.jxt.green.infrastructure.mail;
