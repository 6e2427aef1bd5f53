/** What every page shares: language, menu, messages, error handling, region choices. */
package cn.gov.zj.jxt.green.interfaces.shared.web;
