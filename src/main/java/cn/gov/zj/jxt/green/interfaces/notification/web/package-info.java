/** The signed-in person's unread notifications on the workspace home, and the unread badge of the layout. */
package cn.gov.zj.jxt.green.interfaces.notification.web;
