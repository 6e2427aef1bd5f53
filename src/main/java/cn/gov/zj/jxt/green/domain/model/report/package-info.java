/**
 * Named reports 实名举报 (004 §(二十三)): anyone reports a listed unit or a third-party institution, under a real
 * name with evidence and contact details, to the city of the unit; the city verifies and concludes — unfounded,
 * rectification, or removal (004 §(十九)); an institution's case is reported to the province (004 §(二十二)).
 */
package cn.gov.zj.jxt.green.domain.model.report;
