/** What the container starts: the portal's start-up sequence, run before any request is served. */
package cn.gov.zj.jxt.green.interfaces.shared.schedule;
