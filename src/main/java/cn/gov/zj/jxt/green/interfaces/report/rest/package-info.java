/** The clerks' API of named reports; the service checks role, region and handler on every call. */
package cn.gov.zj.jxt.green.interfaces.report.rest;
