/**
 * Organisations that act on the portal: enterprises, parks, supply-chain enterprises and third-party
 * institutions, each identified by a GB 32100-2015 unified social credit code.
 */
package cn.gov.zj.jxt.green.domain.model.organisation;
