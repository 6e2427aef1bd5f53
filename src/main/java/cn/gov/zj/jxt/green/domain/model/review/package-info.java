/**
 * The provincial comprehensive review (004 §(十五)): the preliminary review 初审 with its checklist, the expert pool
 * 专家库, panels drawn at random with every draw recorded so that anyone can re-run it, the experts' scores, the
 * on-site inspection 现场核查 by sampling, and the proposed list 拟入选名单 that goes to publicity (004 §(十六)).
 */
package cn.gov.zj.jxt.green.domain.model.review;
