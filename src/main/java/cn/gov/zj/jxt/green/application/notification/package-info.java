/**
 * What concerns each user: inbox entries and mail for workflow steps and deadlines, and broadcasts.
 */
package cn.gov.zj.jxt.green.application.notification;
