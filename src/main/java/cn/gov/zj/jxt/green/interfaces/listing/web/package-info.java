/** The registry's pages (units.xhtml, units/view.xhtml) and the Atom feed of list changes. */
package cn.gov.zj.jxt.green.interfaces.listing.web;
