/**
 * The lists' life after publication: the yearly dynamic management form (April 15 cut-off, seed 004), removal
 * proposals and removals with their removal announcements.
 */
package cn.gov.zj.jxt.green.application.dynamic;
