/**
 * The yearly nomination cycle (seed 003; 004 §二–§三): batches with quotas and deadlines, cultivation pools,
 * applications and their eligibility, third-party engagements with their undertakings, reviews up the chain and
 * each city's submission with its nomination letter.
 */
package cn.gov.zj.jxt.green.domain.model.nomination;
