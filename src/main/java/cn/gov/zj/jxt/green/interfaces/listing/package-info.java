/**
 * The public registry of listed units (名单查询) and its open data: the searchable page and each unit's page
 * ({@code web}), {@code /api/units} with CSV and XLSX exports and the Atom feed of list changes ({@code rest}).
 */
package cn.gov.zj.jxt.green.interfaces.listing;
