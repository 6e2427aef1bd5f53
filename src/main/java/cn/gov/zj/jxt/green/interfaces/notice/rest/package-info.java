/** Notices as open data ({@code /api/notices}) and their files, and the clerks' preview. */
package cn.gov.zj.jxt.green.interfaces.notice.rest;
