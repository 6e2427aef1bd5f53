/**
 * Named reports (实名举报) from the public: receipt, handling by the region concerned and replies within their
 * deadlines.
 */
package cn.gov.zj.jxt.green.application.report;
