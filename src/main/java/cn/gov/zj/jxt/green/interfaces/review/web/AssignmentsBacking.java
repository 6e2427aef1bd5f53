package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** workspace/expert/index.xhtml: the signed-in expert's own assignments, and nobody else's. */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    private List<Assignment> assignments;

    public void load() {
        if (assignments == null) {
            assignments = scoring.myAssignments();
        }
    }

    public boolean scored(long assignmentId) {
        return scoring.myScore(assignmentId).isPresent();
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }
}
