/** Demo data for the embedded database: fictional organisations and one account per role. */
package cn.gov.zj.jxt.green.infrastructure.demo;
