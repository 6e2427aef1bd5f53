/** The API's application, health check and error mapping. */
package cn.gov.zj.jxt.green.interfaces.shared.rest;
