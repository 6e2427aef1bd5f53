/**
 * The green manufacturing lists: which unit is on which level's list, since when and on what basis (004 §(四),
 * §(十四)). The nomination cycle reads the municipal list; publication writes the provincial one.
 */
package cn.gov.zj.jxt.green.domain.model.listing;
