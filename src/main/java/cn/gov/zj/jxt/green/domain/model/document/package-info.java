/**
 * Official documents: document numbers 文号 (issuer prefix, 〔year〕, serial, 号) and the register of every
 * number issued 发文登记簿. Rendering documents in GB/T 9704 format builds on this.
 */
package cn.gov.zj.jxt.green.domain.model.document;
