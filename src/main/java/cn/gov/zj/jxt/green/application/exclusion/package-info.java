/**
 * The exclusion register of 004 §(十七): entries recorded, withdrawn and imported from spreadsheets by provincial
 * and city clerks (and by the portal itself, e.g. on a removal from a list), read when a unit applies.
 */
package cn.gov.zj.jxt.green.application.exclusion;
