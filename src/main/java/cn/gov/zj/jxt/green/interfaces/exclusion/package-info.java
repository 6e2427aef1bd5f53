/** The exclusion register's pages and API, and the wording of an import's row-by-row report shared by both. */
package cn.gov.zj.jxt.green.interfaces.exclusion;
