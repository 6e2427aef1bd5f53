/**
 * The yearly nomination cycle (seed 003; 004 §二–§三): batches and their calls, applications (self-evaluated or
 * through an institution) and their eligibility, engagements and undertakings (承诺书), reviews by county and city,
 * cultivation pools, nominations within quota and the city's nomination letter (推荐函) by June 30.
 */
package cn.gov.zj.jxt.green.application.nomination;
