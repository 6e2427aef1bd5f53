package cn.gov.zj.jxt.green.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An expert's score on one criterion, out of {@link Criterion#MAX_SCORE}, with his comment. */
@Embeddable
public class CriterionScore {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Criterion criterion;

    @Column(nullable = false)
    private int score;

    @Column(name = "score_comment", length = 2000)
    private String comment;

    protected CriterionScore() {
        // for JPA
    }

    public CriterionScore(Criterion criterion, int score, String comment) {
        if (score < 0 || score > Criterion.MAX_SCORE) {
            throw new IllegalArgumentException("score " + score);
        }
        this.criterion = criterion;
        this.score = score;
        this.comment = comment;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
