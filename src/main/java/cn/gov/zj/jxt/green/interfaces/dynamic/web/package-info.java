/** The workspace pages of dynamic management: the unit's form, the city's review and the province's removals. */
package cn.gov.zj.jxt.green.interfaces.dynamic.web;
