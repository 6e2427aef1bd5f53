/**
 * Application services: each use case is a method of a {@code @Stateless} service that takes the current
 * {@link cn.gov.zj.jxt.green.application.Actor}, checks role and region scope through
 * {@link cn.gov.zj.jxt.green.application.AccessPolicy}, validates its input and audits the change.
 * Pages and the REST API only call these services.
 */
package cn.gov.zj.jxt.green.application;
