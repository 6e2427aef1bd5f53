/**
 * Reading rows out of the tables clerks upload (CSV as Excel saves it, XLSX through docx4j's SpreadsheetML
 * support), as text cells with the row numbers the clerk sees in Excel, so that a report can point at them.
 */
package cn.gov.zj.jxt.green.infrastructure.spreadsheet;
