/** Pages of named reports: the public form, receipt and institutions' records; the city's and province's cases. */
package cn.gov.zj.jxt.green.interfaces.report.web;
