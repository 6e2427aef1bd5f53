/** The API of the register of document numbers. */
package cn.gov.zj.jxt.green.interfaces.document.rest;
