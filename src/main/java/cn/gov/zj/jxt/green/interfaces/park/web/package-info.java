/**
 * park-targets.xhtml, the public chart of each city's target against what the registry shows and the province's
 * path to 50 parks, and workspace/park-targets/edit.xhtml, where the province sets a year's targets.
 */
package cn.gov.zj.jxt.green.interfaces.park.web;
