/**
 * The exclusion register 排除情形登记: what clerks know of the six exclusions of 004 §(十七) (not operating
 * normally, accidents and violations, removal from a green list, inspection findings, unrectified energy
 * inspection, dishonest judgment debtor) for any unit by credit code. An exclusion within the last three years
 * bars a unit from applying, being nominated or listed; entries are withdrawn, never deleted, so that every
 * past decision can be traced to what the register held.
 */
package cn.gov.zj.jxt.green.domain.model.exclusion;
