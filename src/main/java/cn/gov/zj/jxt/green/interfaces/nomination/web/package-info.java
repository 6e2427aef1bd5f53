/**
 * The nomination cycle's pages (seed 003 §二–§三, 004 §(八), §(十二)–(十四), §(二十二)): the province's batches
 * (open, edit, overview with the return of a city's submission); the applicant's application; the institution's
 * engagements and undertakings; the county's and city's reviews; and the city's side — its nominees within quota,
 * its letter and submission, its cultivation pool and municipal list. Thin backing beans over the services, which
 * decide who may do what.
 */
package cn.gov.zj.jxt.green.interfaces.nomination.web;
