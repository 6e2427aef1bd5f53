/** Deployment settings read from the server's system properties. */
package cn.gov.zj.jxt.green.infrastructure.config;
