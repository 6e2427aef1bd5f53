/** Interfaces: JSF pages (web) and the JSON API (rest), by context; they call application services only. */
package cn.gov.zj.jxt.green.interfaces.shared;
