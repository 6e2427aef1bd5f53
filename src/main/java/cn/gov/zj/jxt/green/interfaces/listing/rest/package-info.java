/** The registry as open data: {@code /api/units} (JSON, CSV, XLSX) and the Atom feed of list changes. */
package cn.gov.zj.jxt.green.interfaces.listing.rest;
