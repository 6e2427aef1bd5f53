/**
 * The provincial review over the API under {@code /api/workspace/review}: the provincial clerk's 初审, pool, draws,
 * inspections and proposed list; the discipline office's read-only view of every draw; the expert's own
 * assignments and scores.
 */
package cn.gov.zj.jxt.green.interfaces.review.rest;
