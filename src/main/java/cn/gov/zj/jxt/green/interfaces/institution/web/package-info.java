/** Pages of third-party institutions in the workspace: the affiliated units 关联单位 an institution keeps. */
package cn.gov.zj.jxt.green.interfaces.institution.web;
