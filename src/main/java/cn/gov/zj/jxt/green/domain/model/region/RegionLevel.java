package cn.gov.zj.jxt.green.domain.model.region;

/** The administrative tiers the lists are managed in: the province, its cities (设区市) and their counties (县（市、区）). */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
