/**
 * Enterprises, parks, institutions and agencies, with their regions and unified social credit codes.
 */
package cn.gov.zj.jxt.green.application.organisation;
