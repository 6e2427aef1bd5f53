/**
 * The nomination cycle's pages: the province's batches (open, edit, overview with the return of a city's
 * submission) and the city's side (its nominees within quota, its letter and submission, its cultivation pool
 * and municipal list). The services decide who may do what; the pages only show what they answer.
 */
package cn.gov.zj.jxt.green.interfaces.nomination.web;
