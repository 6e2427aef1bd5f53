/** The audit API: entries and chain verification. */
package cn.gov.zj.jxt.green.interfaces.audit.rest;
