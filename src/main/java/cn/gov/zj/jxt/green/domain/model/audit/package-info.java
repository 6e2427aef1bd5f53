/**
 * The audit log: every state change appends a hash-chained entry (who, role, region, action, entity,
 * before → after, when, client address); verification detects any edited or deleted row.
 */
package cn.gov.zj.jxt.green.domain.model.audit;
