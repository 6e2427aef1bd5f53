/** The exclusion register over the API ({@code /api/workspace/exclusions}): search, record, withdraw, import. */
package cn.gov.zj.jxt.green.interfaces.exclusion.rest;
