/**
 * Regions: Zhejiang province, its 11 cities and their counties, keyed by GB/T 2260 code. Every clerk's scope
 * and every organisation's location is a region.
 */
package cn.gov.zj.jxt.green.domain.model.region;
