package cn.gov.zj.jxt.green.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.interfaces.shared.Clauses;

/**
 * Pages cite clauses through this bean: {@code #{clauseTexts.cite(item.clause)}} shows {@code 004 §(十九) 2} as
 * 《实施细则》第十九条第二项 (English: Implementing Rules, Art. 19(2)); any other text passes unchanged.
 */
@Named
@ApplicationScoped
public class ClauseTexts {

    public String cite(String code) {
        return Clauses.cite(code, Faces.locale());
    }
}
