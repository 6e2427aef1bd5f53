/**
 * The standing lists (the registry): listed units by level, kind, city and year, as pages and open data.
 */
package cn.gov.zj.jxt.green.application.listing;
