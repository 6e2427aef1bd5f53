/**
 * Dynamic management of listed units (004 §四): the yearly dynamic management form 动态管理表 with its declared
 * changes (§(十八), §(二十)), the five-yearly re-review 五年一复核 (§(二十一)) and removal proposals that the removal
 * announcement 移出公告 puts into effect (§(十九)).
 */
package cn.gov.zj.jxt.green.domain.model.dynamic;
