/** The organisation API of the workspace. */
package cn.gov.zj.jxt.green.interfaces.organisation.rest;
