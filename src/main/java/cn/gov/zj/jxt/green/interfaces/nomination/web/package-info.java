/**
 * The nomination cycle's pages for applicants, third-party institutions and the county and city clerks who
 * review (seed 003 §二, 004 §(十二)–(十四), §(二十二)): thin backing beans over the application services.
 */
package cn.gov.zj.jxt.green.interfaces.nomination.web;
