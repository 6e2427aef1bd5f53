package cn.gov.zj.jxt.green.domain.model.organisation;

/**
 * What kind of organisation an account acts for. The first three can be listed units (004 §(四));
 * a third-party institution evaluates them (004 §(二十二)).
 */
public enum OrganisationType {
    /** 工业企业: applies as a green (low-carbon) factory 绿色（低碳）工厂. */
    ENTERPRISE,
    /** 工业园区: applies as a green (low-carbon) industrial park 绿色（低碳）工业园区. */
    PARK,
    /** 绿色供应链管理企业. */
    SUPPLY_CHAIN_ENTERPRISE,
    /** 第三方机构. */
    INSTITUTION
}
