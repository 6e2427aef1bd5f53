package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import java.io.Serializable;

/**
 * One criterion of the score form as the expert fills it in. The score is a typed property, so that Faces converts
 * what was typed to a number (a map's value has no type, and would hold the bare text).
 */
public class ScoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Criterion criterion;
    private Integer score;
    private String comment;

    public ScoreRow(Criterion criterion) {
        this.criterion = criterion;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
