/**
 * The provincial review pages: the clerk's batch overview, one application's review, the expert pool, the draw
 * register (also the discipline office's), and the expert's own assignments with the score form.
 */
package cn.gov.zj.jxt.green.interfaces.review.web;
