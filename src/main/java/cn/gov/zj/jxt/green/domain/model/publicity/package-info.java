/**
 * The publicity 公示 of a batch's proposed list (004 §(十六)): the period and its states, the frozen list, the
 * public's objections 异议 with their handling, and the joint publication 联合发文 after a clean close
 * (003 §二(四)).
 */
package cn.gov.zj.jxt.green.domain.model.publicity;
