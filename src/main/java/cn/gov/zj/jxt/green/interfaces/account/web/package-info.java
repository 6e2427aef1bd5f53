/** Sign-in and sign-out pages. */
package cn.gov.zj.jxt.green.interfaces.account.web;
