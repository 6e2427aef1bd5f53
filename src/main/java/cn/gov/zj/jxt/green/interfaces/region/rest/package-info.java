/** Open data: regions. */
package cn.gov.zj.jxt.green.interfaces.region.rest;
