/**
 * HTTP caching of what the public reads: rendered public pages, open data and feeds kept as bytes per address and
 * language and served with ETag, Last-Modified and 304 while the public content version is unchanged; and long-lived,
 * compressed static resources under versioned addresses.
 */
package cn.gov.zj.jxt.green.interfaces.shared.cache;
