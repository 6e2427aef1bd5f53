/**
 * The provincial review: preliminary review (初审) against the checklist, the expert pool, random panels,
 * scoring, sampled on-site inspections and the proposed list.
 */
package cn.gov.zj.jxt.green.application.review;
