/**
 * Third-party institutions 第三方机构 (004 §(十二), §(二十二); 003 §二(一)): the undertaking 承诺书 an institution
 * signs for each engagement ({@link cn.gov.zj.jxt.green.domain.model.institution.Undertakings}), and its affiliated
 * units 关联单位 ({@link cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate}), which together with the
 * institution form the "same legal person with its affiliates" that the per-batch cap of 003 §二(一) counts.
 */
package cn.gov.zj.jxt.green.domain.model.institution;
