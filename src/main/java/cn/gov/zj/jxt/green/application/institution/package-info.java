/**
 * Third-party institutions' legal-person groups (003 §二(一)): their affiliated units (关联单位), which key the
 * provincial cap on the evaluations a group takes on.
 */
package cn.gov.zj.jxt.green.application.institution;
