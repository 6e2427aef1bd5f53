/**
 * Official documents issued in an agency's name (GB/T 9704): rendering, storing and serving them, and the
 * document-number series (文号) they draw from.
 */
package cn.gov.zj.jxt.green.application.document;
