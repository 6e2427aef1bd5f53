/** The publicity pages: the public list, a period with its list and countdown, the objection form, the receipt. */
package cn.gov.zj.jxt.green.interfaces.publicity.web;
