/** The publicity over the API: open data for everyone, objections from the public, the clerk's handling. */
package cn.gov.zj.jxt.green.interfaces.publicity.rest;
