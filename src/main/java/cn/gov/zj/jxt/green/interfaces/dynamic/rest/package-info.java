/** Dynamic management and removals over HTTP: the removal announcements as published documents. */
package cn.gov.zj.jxt.green.interfaces.dynamic.rest;
