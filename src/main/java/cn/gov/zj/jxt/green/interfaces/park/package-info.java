/** The park programmes' pages and API: the yearly park targets and their progress (seed 000). */
package cn.gov.zj.jxt.green.interfaces.park;
