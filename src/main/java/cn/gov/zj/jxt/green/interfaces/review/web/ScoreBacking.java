package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.review.ScoreForm;
import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import cn.gov.zj.jxt.green.domain.model.review.CriterionScore;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** workspace/expert/score.xhtml: an expert reads his assignment and scores it against the weighted criteria. */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    private Long id;
    private Assignment assignment;
    private List<RuleOutcome> eligibility;
    private final List<ScoreRow> rows = Arrays.stream(Criterion.values()).map(ScoreRow::new).toList();
    private String overallComment;
    private boolean flagged;
    private String flagNote;

    public void load() {
        if (assignment != null) {
            return; // a postback: keep what was typed
        }
        assignment = scoring.assignment(id);
        eligibility = scoring.eligibility(id);
        scoring.myScore(id).ifPresent(this::fill);
    }

    private void fill(Score score) {
        for (CriterionScore item : score.getItems()) {
            ScoreRow row = rows.get(item.getCriterion().ordinal());
            row.setScore(item.getScore());
            row.setComment(item.getComment());
        }
        overallComment = score.getOverallComment();
        flagged = score.isFlagged();
        flagNote = score.getFlagNote();
    }

    /** Saves every criterion's score at once; a blank or out-of-range one is named beside its input, all kept. */
    public String save() {
        List<ScoreForm.Item> items = rows.stream()
                .map(row -> new ScoreForm.Item(row.getCriterion(), row.getScore(), row.getComment())).toList();
        try {
            scoring.score(id, new ScoreForm(items, overallComment, flagged, flagNote));
            Faces.info("workspace.expert.score.saved");
            Faces.keepMessages();
            return "/workspace/expert/index.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Map<String, String> fields = new HashMap<>(Map.of("flagNote", "score:flagNote",
                    "overallComment", "score:overall"));
            for (int i = 0; i < rows.size(); i++) {
                fields.put("items[" + i + "].score", "score:criteria:" + i + ":value");
                fields.put("items[" + i + "].comment", "score:criteria:" + i + ":comment");
            }
            Faces.error(null, "workspace.expert.score.notSaved");
            Faces.show(e, fields);
            return null;
        }
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public List<RuleOutcome> getEligibility() {
        return eligibility;
    }

    public String getOverallComment() {
        return overallComment;
    }

    public void setOverallComment(String overallComment) {
        this.overallComment = overallComment;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public void setFlagNote(String flagNote) {
        this.flagNote = flagNote;
    }
}
